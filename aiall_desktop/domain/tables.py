"""Balanced table groups (DESIGN.md §4): split the people in the room into K tables.

The rules, strongest first:

1. Table sizes differ by at most one. Locked people stay at their table; when the locks make an even
   split impossible, the locks win and a problem says so.
2. Every table has at least ``minimum`` women whenever the room as a whole allows it. A table of ``n``
   needs ``ceil(minimum × n)`` women (exact fractions: a table of 6 needs 2 at 26 %, a table of 3
   needs 1); the room allows it when it has at least the sum of the tables' needs. When it does not,
   the women are spread as evenly as the table sizes allow (no table left without a woman while
   another has several) and a problem gives the numbers.
3. Colleagues (same organisation) sit apart: an organisation with no more people than tables never
   has two at one table.
4. Sectors, backgrounds and competences spread as evenly as possible.

How: the women's seats per table are decided first (rule 2), then people are placed greedily, the
largest organisations first, each at the table where they add the least "sameness" cost, then pairs
of people of the same kind (woman with woman, other with other, so rule 2 keeps) are swapped between
tables while a swap lowers the cost, within a fixed budget. The cost of a table counts, for every
organisation, sector, background and competence, the pairs of people at the table who share it; an
organisation pair weighs more than any gain one swap can make elsewhere, so colleagues are parted
first.

The result depends only on the people (sorted by id first, so not on their order), the number of
tables, the minimum, the locks and ``seed``: another seed gives another, equally balanced, seating.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from ..records import Gender
from .diversity import DEFAULT_MINIMUM, PersonLike, as_fraction, gender_of, unique_people, women_required

# Relative weights of sharing a sector, a background or a competence with someone at the table;
# set by hand: backgrounds and competences say more about a person than the sector of their employer.
SECTOR_WEIGHT = 2
BACKGROUND_WEIGHT = 3
COMPETENCE_WEIGHT = 3
#: How many candidate swaps the improvement step may try after the colleagues are apart; bounds the time
#: (200 people at 20 tables stay well under a tenth of a second).
SWAP_BUDGET = 20_000


class ProblemKind(StrEnum):
    #: numbers: women, tables, needed, tables_short
    NOT_ENOUGH_WOMEN = "not_enough_women"
    #: numbers: people, tables, empty
    EMPTY_TABLES = "empty_tables"
    #: numbers: smallest, largest
    LOCKS_UNEVEN = "locks_uneven"
    #: numbers: tables_short (the room has enough women, but the locks keep them from some tables)
    LOCKS_BLOCK_MINIMUM = "locks_block_minimum"
    #: numbers: people (locked people who are not in the room; their locks are ignored)
    LOCKED_NOT_PRESENT = "locked_not_present"
    #: numbers: people, tables (locked to a table number that does not exist; seated freely)
    LOCKED_TO_MISSING_TABLE = "locked_to_missing_table"


@dataclass(frozen=True)
class Problem:
    """Why a rule cannot hold, as numbers (for the window's own words) and as an English sentence."""

    kind: ProblemKind
    numbers: Mapping[str, int]
    message: str


@dataclass(frozen=True)
class Balance:
    #: Person ids per table; a table's list may be empty when there are more tables than people.
    tables: list[list[str]]
    problems: list[Problem] = field(default_factory=list)
    minimum: Fraction = Fraction(13, 50)
    #: Women each table needs for the minimum, ``ceil(minimum × size)``.
    women_required: list[int] = field(default_factory=list)

    @property
    def sizes(self) -> list[int]:
        return [len(table) for table in self.tables]

    def table_of(self, person_id: str) -> int | None:
        for index, table in enumerate(self.tables):
            if person_id in table:
                return index
        return None


def tables_for_size(people_count: int, size: int) -> int:
    """How many tables seat ``people_count`` with at most ``size`` at a table (at least one table).

    43 people at tables of 6 make 8 tables (five of 5 and three of 6), never a table of 7.
    """
    if size < 1:
        raise ValueError("a table seats at least one person")
    return max(1, math.ceil(max(0, people_count) / size))


def percent_text(minimum: Fraction) -> str:
    """``26 %`` for 13/50; one decimal at most otherwise (``25.5 %``)."""
    value = minimum * 100
    if value.denominator == 1:
        return f"{value.numerator} %"
    return f"{float(value):.1f} %".replace(".0 %", " %")


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _sizes(people: int, locked_per_table: list[int]) -> list[int]:
    """Table sizes as even as the locks allow: free people go one by one to the smallest table."""
    sizes = list(locked_per_table)
    for _ in range(people - sum(sizes)):
        smallest = min(range(len(sizes)), key=lambda t: (sizes[t], t))
        sizes[smallest] += 1
    return sizes


def _women_seats(sizes: list[int], locked: list[int], locked_women: list[int], free_women: int,
                 needs: list[int], room_allows: bool) -> list[int]:
    """How many of the free (unlocked) women sit at each table.

    When the room allows the minimum everywhere, each table first gets what it lacks (the smallest
    gaps first, should locks have taken women away from where they are needed); the rest go one by one
    to the table with the lowest share of women, so that they spread in proportion to table sizes.
    """
    tables = range(len(sizes))
    seats = [0] * len(sizes)
    room = [sizes[t] - locked[t] for t in tables]
    left = free_women
    if room_allows:
        gaps = sorted(tables, key=lambda t: (max(0, needs[t] - locked_women[t]), t))
        for t in gaps:
            give = min(max(0, needs[t] - locked_women[t]), room[t], left)
            seats[t] += give
            left -= give
    for _ in range(left):
        best = None
        for t in tables:
            if seats[t] >= room[t]:
                continue
            if best is None:
                best = t
                continue
            # Lowest share of women first (cross-multiplied to stay exact), then the most free seats.
            here, there = (locked_women[t] + seats[t]) * sizes[best], (locked_women[best] + seats[best]) * sizes[t]
            if here < there or (here == there and room[t] - seats[t] > room[best] - seats[best]):
                best = t
        seats[best] += 1  # there is always a free seat: the free seats hold every free person
    return seats


class _Seating:
    """People as feature numbers, tables as feature counts, and the sameness cost between them."""

    def __init__(self, room: list[PersonLike], tables: int):
        index: dict[tuple[str, str], int] = {}
        weights: list[int] = []

        def feature(kind: str, value: str, weight: int) -> int:
            key = (kind, value)
            if key not in index:
                index[key] = len(weights)
                weights.append(weight)
            return index[key]

        organisation_features = []
        self.features: list[tuple[int, ...]] = []
        for person in room:
            own = []
            if person.sector:
                own.append(feature("sector", person.sector, SECTOR_WEIGHT))
            own += [feature("background", b, BACKGROUND_WEIGHT) for b in set(person.backgrounds or ()) if b]
            own += [feature("competence", c, COMPETENCE_WEIGHT) for c in set(person.competences or ()) if c]
            own.sort()
            self.features.append(tuple(own))
            organisation_features.append(
                feature("organisation", person.organisation_id, 0) if person.organisation_id else None)
        # One colleague pair must weigh more than twice anything else a single swap can change: a swap
        # changes four joining/leaving costs, each at most (people at a table) × (a person's weights).
        largest = max((sum(weights[f] for f in own) for own in self.features), default=0)
        organisation_weight = 8 * (len(room) + 1) * (largest + 1)
        for f in {org for org in organisation_features if org is not None}:
            weights[f] = organisation_weight
        self.organisation = organisation_features
        # Sets and weights without the organisation, which ``shared`` compares on its own.
        self.feature_sets = [frozenset(own) for own in self.features]
        self.free_weight = [sum(weights[f] for f in own) for own in self.features]
        self.features = [
            own if org is None else tuple(sorted(own + (org,)))
            for own, org in zip(self.features, organisation_features)
        ]
        self.weights = weights
        self.organisation_weight = organisation_weight
        self.counts = [[0] * len(weights) for _ in range(tables)]
        self.table: list[int] = [-1] * len(room)

    def seat(self, person: int, table: int) -> None:
        self.table[person] = table
        counts = self.counts[table]
        for f in self.features[person]:
            counts[f] += 1

    def unseat(self, person: int) -> None:
        counts = self.counts[self.table[person]]
        for f in self.features[person]:
            counts[f] -= 1
        self.table[person] = -1

    def joining_cost(self, person: int, table: int) -> int:
        """What seating ``person`` (not at ``table``) there adds: a weight for everyone sharing a feature."""
        counts, weights = self.counts[table], self.weights
        return sum(weights[f] * counts[f] for f in self.features[person])

    def sitting_cost(self, person: int) -> int:
        """What ``person`` costs where they sit (what leaving would save)."""
        counts, weights = self.counts[self.table[person]], self.weights
        return sum(weights[f] * (counts[f] - 1) for f in self.features[person])

    def shared(self, one: int, other: int) -> int:
        """The weights of what two people have in common (colleagues share their organisation)."""
        common = self.feature_sets[one] & self.feature_sets[other]
        weight = sum(self.weights[f] for f in common) if common else 0
        organisation = self.organisation[one]
        if organisation is not None and organisation == self.organisation[other]:
            weight += self.organisation_weight
        return weight


def _improve(seating: _Seating, movable: list[list[int]], budget: int) -> None:
    """Swap same-kind people between tables while a swap lowers the cost.

    ``movable`` holds the unlocked people by kind (women, others). People whose colleagues sit at their
    table are tried first and without a budget (there are few of them), then everyone with any cost,
    the costliest first, until ``budget`` candidate swaps have been tried.
    """
    kind_of = {}
    for kind, people in enumerate(movable):
        for person in people:
            kind_of[person] = kind
    members: list[list[int]] = [[] for _ in seating.counts]
    for person in kind_of:
        members[seating.table[person]].append(person)
    sitting = {person: seating.sitting_cost(person) for person in kind_of}
    tables = range(len(seating.counts))
    tried = 0

    def best_swap(person: int, accept_below: int) -> int | None:
        nonlocal tried
        here = seating.table[person]
        leaving = sitting[person]
        joining = [seating.joining_cost(person, t) for t in tables]
        table_of, joining_cost, shared = seating.table, seating.joining_cost, seating.shared
        organisation, colleague = seating.organisation[person], 2 * seating.organisation_weight
        free_shared = 2 * seating.free_weight[person]
        best, best_delta = None, accept_below
        for other in movable[kind_of[person]]:
            there = table_of[other]
            if there == here:
                continue
            tried += 1
            delta = joining[there] - leaving - sitting[other]
            # What they share only lowers the cost; skip the work when even sharing everything would not do.
            most_shared = free_shared + (colleague if organisation is not None
                                         and organisation == seating.organisation[other] else 0)
            if delta - most_shared >= best_delta:
                continue
            delta += joining_cost(other, here)
            if delta - most_shared >= best_delta:
                continue
            delta -= 2 * shared(person, other)
            if delta < best_delta:
                best, best_delta = other, delta
        return best

    def swap(person: int, other: int) -> None:
        here, there = seating.table[person], seating.table[other]
        seating.unseat(person)
        seating.unseat(other)
        seating.seat(person, there)
        seating.seat(other, here)
        members[here].remove(person)
        members[there].remove(other)
        members[here].append(other)
        members[there].append(person)
        for changed in (here, there):
            for member in members[changed]:
                sitting[member] = seating.sitting_cost(member)

    def pass_over(threshold: int, accept_below: int, limited: bool) -> bool:
        candidates = sorted((p for p in kind_of if sitting[p] >= threshold), key=lambda p: (-sitting[p], p))
        improved = False
        for person in candidates:
            if limited and tried >= budget:
                break
            if sitting[person] < threshold:
                continue  # an earlier swap already helped
            found = best_swap(person, accept_below)
            if found is not None:
                swap(person, found)
                improved = True
        return improved

    # Colleagues first: only swaps that part colleagues count here (a colleague pair outweighs every
    # other change a swap makes), so each one lowers the number of colleague pairs and this ends.
    organisation_weight = seating.organisation_weight
    while pass_over(organisation_weight, -organisation_weight // 2, limited=False):
        pass
    while tried < budget and pass_over(1, 0, limited=True):
        pass


def balance_tables(
    people: Iterable[PersonLike],
    tables: int,
    minimum: float | Fraction = DEFAULT_MINIMUM,
    seed: int = 0,
    locked: Mapping[str, int] | None = None,
) -> Balance:
    """Seat ``people`` at ``tables`` tables (numbered from 0); ``locked`` maps person ids to their table.

    Raises ``ValueError`` for fewer than one table or a minimum outside 0..1. Everything else the room
    or the locks make impossible is returned as :attr:`Balance.problems`, with the best seating there is.
    """
    if tables < 1:
        raise ValueError("there must be at least one table")
    minimum = as_fraction(minimum)
    room = sorted(unique_people(people), key=lambda person: person.id)
    position = {person.id: n for n, person in enumerate(room)}
    problems: list[Problem] = []

    locks: dict[int, int] = {}
    absent = misplaced = 0
    for person_id, table in (locked or {}).items():
        if person_id not in position:
            absent += 1
        elif isinstance(table, bool) or not isinstance(table, int) or not 0 <= table < tables:
            misplaced += 1
        else:
            locks[position[person_id]] = table
    if absent:
        problems.append(Problem(
            ProblemKind.LOCKED_NOT_PRESENT, {"people": absent},
            f"{_plural(absent, 'locked person is', 'locked people are')} not in the room; "
            f"{'that lock is' if absent == 1 else 'those locks are'} ignored."))
    if misplaced:
        problems.append(Problem(
            ProblemKind.LOCKED_TO_MISSING_TABLE, {"people": misplaced, "tables": tables},
            f"{_plural(misplaced, 'person is', 'people are')} locked to a table that does not exist "
            f"(there {'is' if tables == 1 else 'are'} {_plural(tables, 'table', 'tables')}); "
            f"{'they are' if misplaced != 1 else 'that person is'} seated freely."))
    if len(room) < tables:
        empty = tables - len(room)
        problems.append(Problem(
            ProblemKind.EMPTY_TABLES, {"people": len(room), "tables": tables, "empty": empty},
            f"{_plural(len(room), 'person', 'people')} for {_plural(tables, 'table', 'tables')}: "
            f"{_plural(empty, 'table stays', 'tables stay')} empty."))

    women = [gender_of(person) == Gender.WOMAN for person in room]
    locked_count = [0] * tables
    locked_women = [0] * tables
    for person, table in locks.items():
        locked_count[table] += 1
        locked_women[table] += women[person]
    sizes = _sizes(len(room), locked_count)
    if max(sizes) - min(sizes) > 1:
        problems.append(Problem(
            ProblemKind.LOCKS_UNEVEN, {"smallest": min(sizes), "largest": max(sizes)},
            f"The locked people do not allow an even split: tables will have {min(sizes)} to {max(sizes)} people."))

    needs = [women_required(size, minimum) for size in sizes]
    all_women, needed = sum(women), sum(needs)
    room_allows = all_women >= needed
    seats = _women_seats(sizes, locked_count, locked_women, all_women - sum(locked_women), needs, room_allows)
    short = sum(locked_women[t] + seats[t] < needs[t] for t in range(tables))
    pct = percent_text(minimum)
    if not room_allows:
        problems.append(Problem(
            ProblemKind.NOT_ENOUGH_WOMEN,
            {"women": all_women, "tables": tables, "needed": needed, "tables_short": short},
            f"{_plural(all_women, 'woman', 'women')} cannot give "
            + (f"{tables} tables {pct} each" if tables > 1 else f"the table {pct}")
            + f": {needed} {'is' if needed == 1 else 'are'} needed."))
    elif short:
        problems.append(Problem(
            ProblemKind.LOCKS_BLOCK_MINIMUM, {"tables_short": short},
            f"The locks keep {_plural(short, 'table', 'tables')} below {pct} women, although the room has "
            "enough women: unlock someone or move a lock."))

    seating = _Seating(room, tables)
    for person, table in locks.items():
        seating.seat(person, table)
    seat_room = [[seats[t], sizes[t] - locked_count[t] - seats[t]] for t in range(tables)]

    organisation_size = Counter(person.organisation_id for person in room if person.organisation_id)
    rng = random.Random(seed)
    tie = [rng.random() for _ in room]
    table_order = list(range(tables))
    rng.shuffle(table_order)
    table_rank = {t: n for n, t in enumerate(table_order)}
    movable: list[list[int]] = [[], []]
    for n in range(len(room)):
        if n not in locks:
            movable[0 if women[n] else 1].append(n)
    for kind, group in enumerate(movable):
        # The largest organisations first, while every table still has room for one of them.
        group.sort(key=lambda n: (-organisation_size.get(room[n].organisation_id, 0), tie[n]))
        for n in group:
            best = min(
                (t for t in range(tables) if seat_room[t][kind] > 0),
                key=lambda t: (seating.joining_cost(n, t), (sizes[t] - sum(seat_room[t])) / sizes[t], table_rank[t]),
            )
            seat_room[best][kind] -= 1
            seating.seat(n, best)
    _improve(seating, movable, SWAP_BUDGET)

    seated: list[list[str]] = [[] for _ in range(tables)]
    for n, table in enumerate(seating.table):
        seated[table].append(room[n].id)
    return Balance(tables=seated, problems=problems, minimum=minimum, women_required=needs)
