"""Activity templates: plans to start a new activity from, shipped ones and the user's own.

Two templates ship with the program, written the way the project's facilitators run the day: a
half-day case-identification workshop and a company visit. They live in code rather than in the
database so that an update of the program can improve them; each comes in Swedish and English
(``language`` "sv" or "en"), because the agenda is printed for the participants in their language.

A template keeps only the plan (kind, times, goal and blocks); :func:`instantiate` makes a new activity
and its agenda from it with fresh ids, and :func:`from_activity` turns an activity's agenda back into a
template, so that a facilitator can keep a plan that worked.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

from ..records import Activity, ActivityKind, ActivityTemplate, AgendaItem
from .agenda import PLAN_FIELDS, block_minutes, in_order, planned_minutes

LANGUAGES = ("sv", "en")

#: Block columns: title, method, minutes, lead, materials, notes.
_Block = tuple[str, str, int, str, str, str]

_CASE_WORKSHOP: dict[str, dict] = {
    "en": {
        "name": "Half-day workshop: finding AI cases",
        "title": "AI case workshop",
        "goal": "Participants leave with three to five prioritised AI cases from their own organisations, "
                "each with an owner and a next step.",
        "blocks": [
            ("Welcome & check-in", "Round: name, organisation and one hope for the day", 15, "Facilitator",
             "Name badges, attendance list, slides",
             "Start on time even if some are missing; latecomers sign in at the door. Say why we are here and "
             "what everyone will leave with. Mention photo consent."),
            ("AI inspiration talk", "Short talk with live demos", 25, "AI expert",
             "Projector, demo laptop, clicker",
             "Keep to everyday tools (text, images, forecasts) and show one thing that fails, too. "
             "Leave five minutes for questions."),
            ("Case examples", "Two short stories from companies in the region", 20, "Facilitator",
             "Case cards, one printed set per table",
             "Pick examples close to the sectors in the room. End each story with: what data did they have, "
             "what did it cost, what changed?"),
            ("Table discussions: find ideas", "Groups of 4–6: silent brainstorm, then 1-2-4-all", 35,
             "Table hosts", "Sticky notes, markers, one A3 idea sheet per table",
             "One idea per note, starting with a verb. Table hosts ask for concrete everyday problems, not "
             "technology. Each table chooses at most two ideas to pitch."),
            ("Fika", "Break", 20, "", "Coffee, tea, something sweet and something sugar- and gluten-free",
             "Put the idea sheets up on the wall during the break so that people read each other's."),
            ("Pitch & dot voting", "One-minute pitch per idea, then three dots each", 25, "Facilitator",
             "Timer on the screen, dot stickers (three per person), wall space",
             "Keep strictly to one minute and let everyone see the timer. Several dots on one idea are "
             "allowed. Count the dots aloud."),
            ("Value × feasibility placement", "Place the most-voted ideas on a 2×2 matrix together", 25,
             "Facilitator and AI expert", "Large matrix poster, the idea notes",
             "Ask “how much would this save or earn?” and “do we have the data and the people?”. "
             "Photograph the finished matrix."),
            ("Next steps & check-out", "Round: one thing I take with me", 15, "Facilitator",
             "Follow-up form, QR code to the evaluation",
             "Name an owner and a date for every top case. Tell them when they will hear from us and invite "
             "them to the case development sessions."),
        ],
    },
    "sv": {
        "name": "Halvdagsworkshop: hitta AI-case",
        "title": "AI-caseworkshop",
        "goal": "Deltagarna går härifrån med tre till fem prioriterade AI-case från sina egna organisationer, "
                "vart och ett med en ägare och ett nästa steg.",
        "blocks": [
            ("Välkommen & incheckning", "Runda: namn, organisation och en förhoppning inför dagen", 15,
             "Processledare", "Namnbrickor, närvarolista, bildspel",
             "Börja i tid även om några saknas; de som kommer sent skriver in sig vid dörren. Säg varför vi är "
             "här och vad alla ska gå härifrån med. Nämn samtycket till foto."),
            ("Inspirationsföreläsning om AI", "Kort föredrag med demonstrationer", 25, "AI-expert",
             "Projektor, demodator, klicker",
             "Håll dig till vardagliga verktyg (text, bild, prognoser) och visa också något som misslyckas. "
             "Lämna fem minuter till frågor."),
            ("Exempel på case", "Två korta berättelser från företag i regionen", 20, "Processledare",
             "Casekort, en utskriven uppsättning per bord",
             "Välj exempel nära branscherna i rummet. Avsluta varje berättelse med: vilka data fanns, vad "
             "kostade det, vad blev annorlunda?"),
            ("Bordsdiskussioner: hitta idéer", "Grupper om 4–6: tyst brainstorm, sedan 1-2-4-alla", 35,
             "Bordsvärdar", "Post-it-lappar, pennor, ett A3-idéark per bord",
             "En idé per lapp, som börjar med ett verb. Bordsvärdarna frågar efter konkreta vardagsproblem, "
             "inte teknik. Varje bord väljer högst två idéer att pitcha."),
            ("Fika", "Paus", 20, "", "Kaffe, te, något sött och något socker- och glutenfritt",
             "Sätt upp idéarken på väggen under pausen så att alla läser varandras."),
            ("Pitch & prickröstning", "En minuts pitch per idé, sedan tre prickar var", 25, "Processledare",
             "Timer på skärmen, prickar (tre per person), väggyta",
             "Håll strikt på en minut och låt alla se timern. Flera prickar på samma idé är tillåtet. "
             "Räkna prickarna högt."),
            ("Placering: värde × genomförbarhet", "Placera de mest röstade idéerna i en 2×2-matris tillsammans",
             25, "Processledare och AI-expert", "Stor matrisaffisch, idélapparna",
             "Fråga ”hur mycket skulle det spara eller ge?” och ”har vi data och folk?”. "
             "Fotografera den färdiga matrisen."),
            ("Nästa steg & utcheckning", "Runda: en sak jag tar med mig", 15, "Processledare",
             "Uppföljningsformulär, QR-kod till utvärderingen",
             "Utse en ägare och ett datum för varje topp-case. Berätta när de hör av oss och bjud in till "
             "casutvecklingsträffarna."),
        ],
    },
}

_COMPANY_VISIT: dict[str, dict] = {
    "en": {
        "name": "Company visit (2 hours)",
        "title": "Company visit",
        "goal": "Understand the company's processes and needs, gauge its data maturity and write down two to "
                "four candidate AI cases with an agreed next step.",
        "blocks": [
            ("Introductions & purpose", "Round of introductions; agree on the aim of the visit", 10,
             "Facilitator", "Project one-pager, business cards",
             "Ask who decides and who would do the work. Check that we may take notes and photographs."),
            ("Tour / process walk", "Walk the main process from order to delivery", 30, "Host from the company",
             "Notebook, camera (ask first), safety gear if required",
             "Note manual steps, waiting, rework, paper forms and screens that people type from. Ask the people "
             "doing the work, not only the manager."),
            ("Needs interview", "Semi-structured interview: pain points, goals, earlier attempts", 30,
             "Facilitator", "Interview guide, note sheet",
             "Let them talk about problems before solutions. Ask: what takes time, what goes wrong, what would "
             "you do with one more employee?"),
            ("Data maturity check", "Short checklist: which data, where it is kept, its quality, who owns it",
             20, "AI expert", "Data maturity checklist, printed",
             "Score each question 1–5, honestly but kindly. Look for data they already collect without using."),
            ("Idea capture", "Write down two to four candidate AI cases together", 20,
             "Facilitator and AI expert", "Idea sheet, sticky notes",
             "Word each idea as problem → data → possible AI help → value. Agree which one is most promising."),
            ("Next steps", "Agree on the follow-up and who owns it", 10, "Facilitator",
             "Calendar, follow-up form",
             "Offer a place at the next case workshop or a case development session. Send a summary within "
             "a week."),
        ],
    },
    "sv": {
        "name": "Företagsbesök (2 timmar)",
        "title": "Företagsbesök",
        "goal": "Förstå företagets processer och behov, bedöma dess datamognad och skriva ner två till fyra "
                "tänkbara AI-case med ett överenskommet nästa steg.",
        "blocks": [
            ("Presentation & syfte", "Presentationsrunda; enas om syftet med besöket", 10, "Processledare",
             "Projektblad, visitkort",
             "Fråga vem som beslutar och vem som skulle göra jobbet. Kontrollera att vi får anteckna och "
             "fotografera."),
            ("Rundvandring i verksamheten", "Följ huvudprocessen från order till leverans", 30,
             "Värd från företaget", "Anteckningsblock, kamera (fråga först), skyddsutrustning vid behov",
             "Notera manuella steg, väntan, omarbete, pappersblanketter och skärmar som skrivs av. Fråga dem som "
             "gör jobbet, inte bara chefen."),
            ("Behovsintervju", "Semistrukturerad intervju: problem, mål, tidigare försök", 30, "Processledare",
             "Intervjuguide, anteckningsmall",
             "Låt dem prata om problem innan lösningar. Fråga: vad tar tid, vad går fel, vad skulle ni göra "
             "med en medarbetare till?"),
            ("Koll på datamognad", "Kort checklista: vilka data, var de finns, kvalitet, vem som äger dem", 20,
             "AI-expert", "Checklista för datamognad, utskriven",
             "Poängsätt varje fråga 1–5, ärligt men vänligt. Leta efter data de redan samlar in utan att "
             "använda."),
            ("Fånga idéer", "Skriv ner två till fyra tänkbara AI-case tillsammans", 20,
             "Processledare och AI-expert", "Idéark, post-it-lappar",
             "Formulera varje idé som problem → data → möjlig AI-hjälp → värde. Enas om vilken som är mest "
             "lovande."),
            ("Nästa steg", "Kom överens om uppföljningen och vem som ansvarar", 10, "Processledare",
             "Kalender, uppföljningsformulär",
             "Erbjud plats på nästa caseworkshop eller en casutvecklingsträff. Skicka en sammanfattning inom "
             "en vecka."),
        ],
    },
}

#: key → (kind, start, end, texts by language)
_SHIPPED = {
    "case-workshop": (ActivityKind.CASE_WORKSHOP, "09:00", "12:00", _CASE_WORKSHOP),
    "company-visit": (ActivityKind.COMPANY_VISIT, "10:00", "12:00", _COMPANY_VISIT),
}

SHIPPED_PREFIX = "shipped-"


@dataclass(frozen=True)
class TemplateChoice:
    """A template to choose from, and whether it came with the program or the user saved it."""

    template: ActivityTemplate
    shipped: bool

    @property
    def own(self) -> bool:
        return not self.shipped

    @property
    def total_minutes(self) -> int:
        return sum(_minutes(block) for block in self.template.blocks)


def _language(language: str) -> str:
    # Anything but Swedish gets English: the project's working languages are these two.
    return "sv" if str(language).lower().startswith("sv") else "en"


def shipped(language: str = "en") -> list[ActivityTemplate]:
    """The templates that come with the program, in ``language`` ("sv" or "en")."""
    lang = _language(language)
    templates = []
    for key, (kind, start, end, texts) in _SHIPPED.items():
        text = texts[lang]
        blocks = [dict(zip(PLAN_FIELDS, block)) for block in text["blocks"]]
        templates.append(ActivityTemplate(
            id=f"{SHIPPED_PREFIX}{key}-{lang}", name=text["name"], kind=kind, title=text["title"],
            start_time=start, end_time=end, goal=text["goal"], blocks=blocks,
        ))
    return templates


def is_shipped(template: ActivityTemplate) -> bool:
    return template.id.startswith(SHIPPED_PREFIX)


def available(store, language: str = "en") -> list[TemplateChoice]:
    """The shipped templates, then the user's own (``store.templates``) by name."""
    choices = [TemplateChoice(template, True) for template in shipped(language)]
    choices += [TemplateChoice(template, False) for template in store.templates.list()]
    return choices


def from_activity(activity: Activity, items: Iterable[AgendaItem], name: str) -> ActivityTemplate:
    """A template of this activity's plan: kind, times, goal and its blocks in agenda order."""
    blocks = [{field: getattr(item, field) for field in PLAN_FIELDS} for item in in_order(items)]
    return ActivityTemplate(
        id=str(uuid.uuid4()), name=name.strip() or activity.title, kind=activity.kind, title=activity.title,
        start_time=activity.start_time, end_time=activity.end_time, goal=activity.goal, blocks=blocks,
    )


def _minutes(block: dict) -> int:
    return block_minutes(AgendaItem(activity_id="", position=0, title="", minutes=block.get("minutes", 0)))


def blocks_as_items(template: ActivityTemplate, activity_id: str, first_position: int = 0) -> list[AgendaItem]:
    """The template's blocks as new agenda items of an activity, numbered from ``first_position``."""
    items = []
    for offset, block in enumerate(template.blocks):
        fields = {name: block[name] for name in PLAN_FIELDS if block.get(name) is not None}
        fields["title"] = str(fields.get("title", ""))
        fields["minutes"] = _minutes(block)
        items.append(AgendaItem(id=str(uuid.uuid4()), activity_id=activity_id,
                                position=first_position + offset, **fields))
    return items


def instantiate(template: ActivityTemplate, date: str, title: str | None = None) -> tuple[Activity, list[AgendaItem]]:
    """A new activity on ``date`` (ISO "YYYY-MM-DD") with the template's plan; fresh ids throughout."""
    activity = Activity(
        id=str(uuid.uuid4()), kind=template.kind, title=(title or "").strip() or template.title or template.name,
        date=date, start_time=template.start_time, end_time=template.end_time, goal=template.goal,
    )
    return activity, blocks_as_items(template, activity.id)


def fits(template: ActivityTemplate) -> bool:
    """Whether the blocks fill exactly the planned time (the shipped ones must)."""
    planned = planned_minutes(Activity(title="", date="", start_time=template.start_time,
                                       end_time=template.end_time))
    return planned == sum(_minutes(block) for block in template.blocks)


def next_weekday(day: Date) -> Date:
    """The first Monday–Friday after ``day``: when a new activity most likely takes place."""
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
