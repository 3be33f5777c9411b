"""The words the demo data is made of: names, places, trades, titles, case ideas, agenda blocks.

Everything here is fictional. People's names are common first and last names put together at random, so
no combination stands for a real person; company and public-body names are built from place names and
trades, so none of them is a real register entry. Public bodies use invented place names on purpose:
"Kumla kommun" would be a real authority, "Svartåbro kommun" is not.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import ActivityKind, Area

# -- people ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameGroup:
    """First and last names of one language, as people in the region write them.

    ``script_*`` lists, where given, run parallel to the Latin lists: the same index is the same name in
    its own script, so that an e-mail address can use the transliteration of a name written in Arabic
    or Persian script.
    """

    key: str
    weight: float
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    script_share: float = 0.0
    script_women: tuple[str, ...] = ()
    script_men: tuple[str, ...] = ()
    script_surnames: tuple[str, ...] = ()
    #: Surname endings that change for women (Polish -ski → -ska).
    feminine_endings: tuple[tuple[str, str], ...] = ()
    #: Family name first in everyday use; the register still keeps first and last name apart.
    mixable: bool = True


NAME_GROUPS: tuple[NameGroup, ...] = (
    NameGroup(
        "swedish",
        56,
        women=("Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Lena", "Kristina", "Elin", "Sofia",
               "Linnéa", "Ingrid", "Malin", "Johanna", "Åsa", "Maja", "Ebba", "Frida", "Helena", "Ida",
               "Cecilia", "Ulrika", "Therese", "Annika"),
        men=("Lars", "Anders", "Johan", "Erik", "Per", "Karl", "Mikael", "Peter", "Fredrik", "Magnus",
             "Oskar", "Jonas", "Björn", "Gustav", "Henrik", "Mattias", "Nils", "Stefan", "Viktor", "Åke",
             "Daniel", "Martin", "Emil", "Göran"),
        surnames=("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
                  "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist",
                  "Bergström", "Lundgren", "Sjöberg", "Holm", "Axelsson", "Öberg", "Ström", "Sandberg",
                  "Hedlund", "Åström", "Engström", "Björk", "Wallin", "Falk", "Nyström", "Ekström",
                  "Fransson", "Hägg", "Löfgren", "Blom"),
    ),
    NameGroup(
        "finnish",
        5,
        women=("Aino", "Liisa", "Sanna", "Päivi", "Tiina", "Satu", "Riikka", "Johanna"),
        men=("Juha", "Mikko", "Jukka", "Timo", "Pekka", "Matti", "Antti", "Ville"),
        surnames=("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen",
                  "Koskinen", "Järvinen", "Lehtonen"),
    ),
    NameGroup(
        "arabic",
        7,
        women=("Fatima", "Maryam", "Layla", "Nour", "Sara", "Amina", "Rana", "Huda", "Zainab", "Yasmin"),
        men=("Mohammed", "Ahmad", "Ali", "Omar", "Khaled", "Youssef", "Hassan", "Ibrahim", "Karim",
             "Mustafa"),
        surnames=("Hassan", "Al-Ali", "Ibrahim", "Al-Khatib", "Mansour", "Haddad", "Suleiman", "Al-Ahmad",
                  "Al-Najjar", "Issa", "Saleh", "Abdullah"),
        script_share=0.5,
        script_women=("فاطمة", "مريم", "ليلى", "نور", "سارة", "آمنة", "رنا", "هدى", "زينب", "ياسمين"),
        script_men=("محمد", "أحمد", "علي", "عمر", "خالد", "يوسف", "حسن", "إبراهيم", "كريم", "مصطفى"),
        script_surnames=("حسن", "العلي", "إبراهيم", "الخطيب", "منصور", "حداد", "سليمان", "الأحمد",
                         "النجار", "عيسى", "صالح", "عبدالله"),
        mixable=False,
    ),
    NameGroup(
        "persian",
        3,
        women=("Maryam", "Zahra", "Negar", "Shirin", "Parisa", "Sara", "Leila", "Nazanin"),
        men=("Reza", "Ali", "Amir", "Mehdi", "Hossein", "Bahram", "Dariush", "Kaveh"),
        surnames=("Rezaei", "Ahmadi", "Mohammadi", "Hosseini", "Karimi", "Mousavi", "Jafari", "Sadeghi",
                  "Nouri", "Rahimi"),
        script_share=0.4,
        script_women=("مریم", "زهرا", "نگار", "شیرین", "پریسا", "سارا", "لیلا", "نازنین"),
        script_men=("رضا", "علی", "امیر", "مهدی", "حسین", "بهرام", "داریوش", "کاوه"),
        script_surnames=("رضایی", "احمدی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "صادقی",
                         "نوری", "رحیمی"),
        mixable=False,
    ),
    NameGroup(
        "polish",
        4,
        women=("Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewa", "Łucja", "Zofia", "Magdalena"),
        men=("Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Wojciech", "Jakub"),
        surnames=("Wójcik", "Nowak", "Kowalski", "Wiśniewski", "Lewandowski", "Kamiński", "Zieliński",
                  "Dąbrowski", "Szymański", "Woźniak", "Kaczmarek", "Łuczak", "Sadowski"),
        feminine_endings=(("ski", "ska"), ("cki", "cka")),
    ),
    NameGroup(
        "somali",
        3,
        women=("Faadumo", "Hodan", "Sahra", "Ayaan", "Ubah", "Xaliimo", "Hibo", "Nasra"),
        men=("Cabdi", "Xamse", "Maxamed", "Axmed", "Cabdullaahi", "Yuusuf", "Mahad", "Cabdiraxmaan"),
        surnames=("Cali", "Xasan", "Maxamuud", "Warsame", "Jaamac", "Faarax", "Cismaan", "Aadan"),
        mixable=False,
    ),
    NameGroup(
        "bcs",
        4,
        women=("Jelena", "Ana", "Dragana", "Milica", "Amra", "Lejla", "Ivana", "Snežana"),
        men=("Nikola", "Marko", "Dragan", "Emir", "Stefan", "Goran", "Miloš", "Dženan"),
        surnames=("Đorđević", "Jovanović", "Petrović", "Hodžić", "Kovačević", "Babić", "Marić", "Begović",
                  "Nikolić", "Šarić"),
    ),
    NameGroup(
        "turkish",
        3,
        women=("Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Büşra", "Özlem", "Gül"),
        men=("Mehmet", "Mustafa", "Emre", "Burak", "Hakan", "Yusuf", "Ömer", "Çağrı"),
        surnames=("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
                  "Doğan"),
    ),
    NameGroup(
        "vietnamese",
        2,
        women=("Thị Hương", "Thị Lan", "Ngọc Anh", "Thu Trang", "Thị Mai", "Phương Linh"),
        men=("Văn Minh", "Đức Anh", "Quốc Huy", "Văn Hùng", "Minh Tuấn", "Thành Long"),
        surnames=("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"),
        mixable=False,
    ),
    NameGroup(
        "english",
        3,
        women=("Emma", "Olivia", "Sarah", "Emily", "Charlotte", "Rebecca", "Hannah", "Grace"),
        men=("James", "Oliver", "Thomas", "Daniel", "William", "Jack", "Matthew", "Ben"),
        surnames=("Smith", "Taylor", "Brown", "Wilson", "Clarke", "Walker", "Wright", "Hughes"),
    ),
    NameGroup(
        "german",
        3,
        women=("Anna", "Katharina", "Julia", "Lena", "Sabine", "Ute", "Franziska", "Jana"),
        men=("Jürgen", "Stefan", "Tobias", "Matthias", "Lukas", "Jörg", "Florian", "Uwe"),
        surnames=("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer",
                  "Krüger", "Weiß"),
    ),
    NameGroup(
        "spanish",
        2,
        women=("María", "Lucía", "Carmen", "Laura", "Sofía", "Elena", "Marta", "Paula"),
        men=("José", "Javier", "Alejandro", "Pablo", "Diego", "Andrés", "Sergio", "Álvaro"),
        surnames=("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Rodríguez",
                  "Núñez", "Jiménez"),
    ),
    NameGroup(
        "ukrainian",
        2,
        women=("Olena", "Oksana", "Iryna", "Nataliia", "Yuliia"),
        men=("Andrii", "Oleksandr", "Dmytro", "Serhii", "Taras"),
        surnames=("Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko"),
    ),
    NameGroup(
        "tigrinya",
        1,
        women=("Semhar", "Saba", "Luwam", "Helen", "Senait"),
        men=("Yonas", "Tesfay", "Mehari", "Dawit", "Filmon"),
        surnames=("Tesfaye", "Haile", "Gebremariam", "Kidane", "Berhane", "Tekle"),
        mixable=False,
    ),
)

#: Names anyone may carry; used now and then for people who did not state a gender.
UNISEX_FIRST_NAMES = ("Kim", "Robin", "Alex", "Love", "Sam", "Charlie", "Noa", "Vincent", "Eli")

#: Always among the first people of a demo file, so that every screen and printout meets the hard
#: cases at once: Arabic and Persian script, Ł, Đ and Vietnamese stacked diacritics.
#: (group, first-name index, surname index, script?, gender)
SHOWCASE_PEOPLE: tuple[tuple[str, int, int, bool, str], ...] = (
    ("polish", 0, 0, False, "man"),  # Łukasz Wójcik
    ("arabic", 0, 0, True, "woman"),  # فاطمة حسن
    ("vietnamese", 0, 0, False, "woman"),  # Thị Hương Nguyễn
    ("bcs", 2, 0, False, "woman"),  # Dragana Đorđević
    ("persian", 0, 0, True, "woman"),  # مریم رضایی
    ("somali", 0, 1, False, "man"),  # Cabdi Xasan
    ("arabic", 1, 1, False, "man"),  # Ahmad Al-Ali
)

#: Self-descriptions people have written in the gender field.
GENDER_TEXTS = ("genderfluid", "agender", "queer", "bigender", "transmaskulin", "icke-binär kvinna")

#: Characters that Unicode decomposition does not reduce to ASCII, folded the way Swedes write them.
ASCII_FOLDS = str.maketrans({
    "å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ß": "ss", "ı": "i",
    "Å": "A", "Ä": "A", "Ö": "O", "Ø": "O", "Æ": "AE", "Ł": "L", "Đ": "D",
})

#: The only e-mail domains people without an organisation get: reserved for examples (RFC 2606).
PRIVATE_MAIL_DOMAINS = ("example.com", "example.org", "example.net")


# -- places ---------------------------------------------------------------------------------------

#: Örebro county's municipalities, weighted roughly by how much business and public life each has.
COUNTY_MUNICIPALITIES: tuple[tuple[str, float], ...] = (
    ("Örebro", 40), ("Karlskoga", 9), ("Kumla", 6), ("Hallsberg", 5), ("Lindesberg", 6), ("Nora", 3),
    ("Askersund", 3), ("Degerfors", 2.5), ("Laxå", 1.5), ("Ljusnarsberg", 1.5), ("Hällefors", 2),
    ("Lekeberg", 2),
)
ELSEWHERE_IN_SWEDEN = ("Västerås", "Eskilstuna", "Karlstad", "Stockholm", "Göteborg", "Linköping", "Uppsala")

#: Invented places for public bodies, so that no real authority is named: stem + ending. (Stems that
#: would spell a real municipality with some ending, such as Hag-fors or Tran-ås, are left out.)
PLACE_STEMS = ("Svartå", "Hjälmar", "Kils", "Tived", "Garp", "Bergs", "Ekes", "Ramsa", "Mossa",
               "Skyll", "Lindar", "Björke", "Aspe", "Ulvs", "Rävs", "Sjöa", "Klinte", "Vätter",
               "Närkes", "Hammar", "Koppar", "Stens", "Grans", "Talle", "Gruvs", "Ulla", "Fjugs")
PLACE_ENDINGS = ("bro", "vik", "berga", "holm", "sjö", "näs", "hamn", "dala", "torp", "by", "köping",
                 "ås", "hyttan", "fors", "lunda")

#: Meeting rooms of the county; "{municipality}, {room}".
VENUES: tuple[tuple[str, str], ...] = (
    ("Örebro", "Innovationshuset, plan 3"), ("Örebro", "Stadsbiblioteket, hörsalen"),
    ("Örebro", "Konferenslokal Svartån"), ("Örebro", "Campus, sal Hjälmaren"),
    ("Örebro", "Teknikhuset, Labbet"), ("Karlskoga", "Teknikparken"), ("Karlskoga", "Folkets hus"),
    ("Kumla", "Folkets hus"), ("Hallsberg", "Resecentrum, konferensrummet"),
    ("Lindesberg", "Kulturhuset"), ("Nora", "Tingshuset"), ("Askersund", "Hamnmagasinet"),
    ("Degerfors", "Medborgarhuset"), ("Laxå", "Kommunhusets sammanträdesrum"),
    ("Hällefors", "Kulturskolan"), ("Lekeberg", "Fjugesta bygdegård"),
    ("Ljusnarsberg", "Kopparbergs bibliotek"),
)
ONLINE_VENUE = "Digitalt (videomöte)"

# -- organisations --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Trade:
    """A line of business: the word in a company name, the areas it touches, and its people's backgrounds."""

    word: str
    areas: tuple[str, ...]
    background: str


_IND, _EN, _FOOD, _WEL, _SD = (Area.SMART_INDUSTRY.value, Area.ENERGY.value, Area.FOOD.value,
                               Area.WELFARE.value, Area.SUSTAINABLE_DEVELOPMENT.value)

TRADES: tuple[Trade, ...] = (
    Trade("Plåt", (_IND,), "industry"), Trade("Mekaniska", (_IND,), "industry"),
    Trade("Gjuteri", (_IND, _EN), "industry"), Trade("Verkstad", (_IND,), "industry"),
    Trade("Automation", (_IND,), "industry"), Trade("Robotik", (_IND,), "industry"),
    Trade("Elteknik", (_IND, _EN), "industry"), Trade("Förpackning", (_IND, _FOOD), "industry"),
    Trade("Trä", (_IND, _SD), "industry"), Trade("Glas", (_IND,), "industry"),
    Trade("Livsmedel", (_FOOD,), "food"), Trade("Bageri", (_FOOD,), "food"),
    Trade("Mejeri", (_FOOD,), "food"), Trade("Kvarn", (_FOOD,), "food"),
    Trade("Gårdsmejeri", (_FOOD, _SD), "food"), Trade("Grönt", (_FOOD, _SD), "food"),
    Trade("Energi", (_EN,), "energy"), Trade("Solenergi", (_EN, _SD), "energy"),
    Trade("Värme", (_EN,), "energy"), Trade("Kraft", (_EN,), "energy"),
    Trade("Vård", (_WEL,), "healthcare"), Trade("Omsorg", (_WEL,), "healthcare"),
    Trade("Hälsa", (_WEL,), "healthcare"), Trade("Tandvård", (_WEL,), "healthcare"),
    Trade("Data", (_IND, _WEL), "IT"), Trade("Analys", (_IND, _EN), "IT"),
    Trade("Systemutveckling", (_IND,), "IT"), Trade("IT-konsult", (_IND, _WEL), "IT"),
    Trade("Logistik", (_IND, _SD), "logistics"), Trade("Transport", (_SD, _EN), "logistics"),
    Trade("Åkeri", (_SD,), "logistics"), Trade("Bygg", (_SD, _EN), "construction"),
    Trade("Fastighets", (_EN, _SD), "construction"), Trade("Rör", (_EN,), "construction"),
    Trade("Måleri", (_SD,), "construction"), Trade("Återvinning", (_SD, _IND), "environment"),
    Trade("Miljökonsult", (_SD,), "environment"), Trade("Skog", (_SD, _EN), "environment"),
    Trade("Redovisning", (_IND,), "business services"), Trade("Design", (_IND, _WEL), "business services"),
)

#: First words of company names: places and old family names of the region.
COMPANY_PREFIXES = (
    "Bergslagens", "Kumla", "Närke", "Tiveden", "Svartå", "Hjälmar", "Kilsbergens", "Garphytte",
    "Vätter", "Lekebergs", "Nora", "Hällefors", "Laxå", "Askersunds", "Karlskoga", "Lindesbergs",
    "Degerfors", "Ljusnarsbergs", "Hallsbergs", "Örebro", "Mellansvenska", "Nordiska", "Svenska",
    "Norra Närkes", "Södra Närkes", "Östernärkes", "Västernärkes", "Kägleån", "Ölme", "Fellingsbro",
    "Glanshammars", "Odensbacken", "Vintrosa", "Stjärnsunds", "Pålsboda", "Vretstorps", "Frövi",
    "Storå", "Grythytte", "Zinkgruvans",
    "Lindqvists", "Erikssons", "Hedlunds", "Anderssons", "Bergströms", "Falks", "Wallins", "Nyströms",
    "Öbergs", "Sjöbergs", "Holms", "Lundgrens", "Åströms", "Blomqvists", "Hammars",
)
COMPANY_FORMS: tuple[tuple[str, float], ...] = (
    ("{prefix} {trade} AB", 70), ("{trade}huset i {place} AB", 8), ("{prefix} {trade} & Söner AB", 5),
    ("{prefix} {trade} HB", 7), ("{prefix} {trade} Ekonomisk förening", 3), ("{prefix} {trade}gruppen AB", 7),
)

#: Public bodies under invented names: (pattern, areas). "{place}" is a fictional place.
PUBLIC_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("{place} kommun", (_WEL, _SD, _EN)),
    ("{place} kommun, vård- och omsorgsförvaltningen", (_WEL,)),
    ("{place} kommun, samhällsbyggnadsförvaltningen", (_SD, _EN)),
    ("{place} kommun, skolförvaltningen", (_WEL, _FOOD)),
    ("{place} Energi AB (kommunalt bolag)", (_EN, _SD)),
    ("{place} Bostäder AB (kommunalt bolag)", (_EN, _SD)),
    ("{place} Vatten och Avfall AB (kommunalt bolag)", (_SD, _EN)),
    ("Kommunalförbundet {place}", (_SD, _WEL)),
    ("Region Närkeland, {place} vårdcentral", (_WEL,)),
    ("Region Närkeland, hälso- och sjukvårdsförvaltningen", (_WEL,)),
    ("Region Närkeland, regional utveckling", (_SD, _IND, _EN, _FOOD, _WEL)),
    ("Räddningstjänsten {place}", (_SD,)),
    ("Länsmuseet {place}", (_SD,)),
)
ACADEMIA: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Närkes universitet, institutionen för naturvetenskap och teknik", (_IND, _EN, _SD)),
    ("Närkes universitet, institutionen för hälsovetenskap", (_WEL,)),
    ("Närkes universitet, handelshögskolan", (_IND, _FOOD)),
    ("Närkes universitet, AI-labbet", (_IND, _WEL, _EN)),
    ("Bergslagens tekniska högskola", (_IND, _EN)),
    ("Yrkeshögskolan {place}", (_IND, _WEL)),
    ("{place} folkhögskola", (_WEL, _SD)),
    ("Institutet för tillämpad AI i Mellansverige", (_IND, _WEL, _EN, _FOOD, _SD)),
    ("Lantbruksforskning {place}", (_FOOD, _SD)),
    ("{place} naturbruksgymnasium", (_FOOD, _SD)),
)
NON_PROFIT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Föreningen Data för alla {place}", (_WEL, _SD)),
    ("{place} Näringslivsförening", (_IND, _SD)),
    ("Stiftelsen Digital delaktighet {place}", (_WEL,)),
    ("{place} Studiecirkelförbund", (_WEL,)),
    ("Hushållningsgillet {place}", (_FOOD, _SD)),
    ("{place} Idrottsallians", (_WEL,)),
    ("Kooperativet Matglädje {place}", (_FOOD, _WEL)),
    ("Föreningen Energismarta hem {place}", (_EN, _SD)),
    ("Kvinnor i teknik {place}", (_IND,)),
    ("{place} Hembygdsförening", (_SD,)),
)
OTHER_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Innovationsnod {place}", (_IND, _SD)),
    ("Klustret Smart Mat {place}", (_FOOD,)),
    ("{place} Samfällighetsförening", (_SD, _EN)),
    ("Nätverket AI Mellansverige", (_IND, _WEL, _EN, _FOOD, _SD)),
    ("Energikontoret {place}", (_EN,)),
    ("Inkubatorn {place}", (_IND, _WEL)),
    ("{place} Företagsby", (_IND,)),
)

#: Foreign partners: no Swedish organisation number. (name, town (country), sector, areas)
FOREIGN_ORGANISATIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Nordlys Dataanalyse AS", "Oslo (NO)", "company", (_IND, _EN)),
    ("Tampereen Koneistus Oy", "Tampere (FI)", "company", (_IND,)),
    ("Mazurska Automatyka Sp. z o.o.", "Gdańsk (PL)", "company", (_IND,)),
    ("Baltic Food Sensing OÜ", "Tallinn (EE)", "company", (_FOOD,)),
    ("Rheinische Sensorik GmbH", "Köln (DE)", "company", (_IND, _EN)),
    ("Instituto de Datos Agrarios", "Valencia (ES)", "academia", (_FOOD, _SD)),
    ("Jysk Velfærdsteknologi ApS", "Aarhus (DK)", "company", (_WEL,)),
)

#: EU size-class mix per sector: (micro, small, medium, large). Companies are mostly micro and small,
#: public bodies mostly large, as in the region's business register.
SIZE_MIX: dict[str, tuple[float, float, float, float]] = {
    "company": (0.50, 0.30, 0.13, 0.07),
    "public_sector": (0.03, 0.12, 0.30, 0.55),
    "academia": (0.0, 0.15, 0.35, 0.50),
    "non_profit": (0.55, 0.35, 0.10, 0.0),
    "other": (0.45, 0.40, 0.15, 0.0),
}
SECTOR_MIX: tuple[tuple[str, float], ...] = (
    ("company", 0.66), ("public_sector", 0.14), ("academia", 0.06), ("non_profit", 0.09), ("other", 0.05),
)
#: How many of an organisation's people take part, by size class: big employers send more people.
PEOPLE_PER_SIZE = {"micro": 1.2, "small": 3.5, "medium": 7.0, "large": 16.0}

ORGANISATION_NOTES = (
    "", "", "", "", "", "Kontakt via nätverksträff.", "Medlem i klustret sedan 2024.",
    "Har deltagit i tidigare AI-satsning.", "Vill ha uppföljning efter sommaren.",
    "Intresserad av examensarbetare.", "Fakturaadress: se avtal.",
)

# -- roles and competences ------------------------------------------------------------------------

BACKGROUNDS = ("industry", "public administration", "research", "healthcare", "food", "energy", "student",
               "IT", "education", "civil society", "environment", "logistics", "construction",
               "business services")
COMPETENCES = ("AI/data", "software", "domain expert", "business", "public administration", "research",
               "design", "project management")

#: Job titles by sector, with the competences that usually come with them.
ROLES: dict[str, tuple[tuple[str, tuple[str, ...], float], ...]] = {
    "company": (
        ("VD", ("business",), 14), ("utvecklare", ("software",), 10), ("data scientist", ("AI/data",), 5),
        ("produktionschef", ("domain expert",), 7), ("kvalitetschef", ("domain expert",), 5),
        ("IT-chef", ("software", "business"), 4), ("projektledare", ("project management",), 7),
        ("affärsutvecklare", ("business",), 6), ("grundare", ("business", "domain expert"), 5),
        ("processingenjör", ("domain expert",), 5), ("systemarkitekt", ("software", "AI/data"), 3),
        ("UX-designer", ("design",), 3), ("inköpare", ("business",), 2), ("ekonomichef", ("business",), 3),
        ("hållbarhetsansvarig", ("domain expert",), 3), ("konsult", ("AI/data", "business"), 4),
        ("tekniker", ("domain expert",), 5),
    ),
    "public_sector": (
        ("verksamhetschef", ("domain expert", "public administration"), 8),
        ("enhetschef", ("public administration",), 8),
        ("digitaliseringsstrateg", ("AI/data", "public administration"), 7),
        ("utredare", ("public administration", "research"), 5), ("sjuksköterska", ("domain expert",), 5),
        ("handläggare", ("public administration",), 5), ("verksamhetsutvecklare", ("project management",), 7),
        ("projektledare", ("project management",), 6), ("miljöstrateg", ("domain expert",), 3),
        ("IT-arkitekt", ("software",), 3), ("dataanalytiker", ("AI/data",), 3),
        ("energiingenjör", ("domain expert",), 2),
        ("kommunikatör", ("design",), 2),
    ),
    "academia": (
        ("forskare", ("research", "AI/data"), 10), ("doktorand", ("research",), 7), ("lektor", ("research",), 5),
        ("professor", ("research", "AI/data"), 3), ("student", ("AI/data",), 8),
        ("innovationsrådgivare", ("business",), 3), ("forskningsingenjör", ("software", "AI/data"), 3),
        ("projektledare", ("project management",), 3),
    ),
    "non_profit": (
        ("verksamhetsledare", ("project management",), 6), ("ordförande", ("business",), 4),
        ("samordnare", ("project management",), 5), ("projektledare", ("project management",), 4),
        ("volontär", ("domain expert",), 3),
    ),
    "other": (
        ("processledare", ("project management", "design"), 4), ("innovationscoach", ("business",), 4),
        ("klusterledare", ("business", "project management"), 3), ("analytiker", ("AI/data",), 3),
    ),
    "none": (
        ("student", ("AI/data",), 6), ("arbetssökande", ("domain expert",), 2),
        ("egenföretagare", ("business",), 2),
        ("pensionär", ("domain expert",), 1),
    ),
}

#: Backgrounds that come with a sector, before the trade's own background is added.
SECTOR_BACKGROUNDS = {
    "company": (), "public_sector": ("public administration",), "academia": ("research",),
    "non_profit": ("civil society",), "other": ("business services",), "none": (),
}
#: Share of women per sector of the employer, so that industry workshops lean male and welfare
#: workshops female, while the whole register stays near the project's real mix (about 36 % women).
WOMEN_SHARE_BY_SECTOR = {"company": 0.27, "public_sector": 0.49, "academia": 0.40, "non_profit": 0.46,
                         "other": 0.32, "none": 0.36}

PARTICIPANT_TAGS = ("nyhetsbrev", "ambassadör", "mentor", "talare", "referensgrupp", "pilotföretag")

CONSENT_SCOPES = (
    ("Registrering och uppföljning inom AI.ALL*", 6),
    ("Registrering, uppföljning och nyhetsbrev", 3),
    ("Registrering, uppföljning och foto vid aktiviteter", 2),
)
CONSENT_METHODS = (("webbformulär", 5), ("pappersblankett vid aktivitet", 3), ("e-post", 2),
                   ("muntligt, noterat av processledare", 1))
PARTICIPANT_NOTES = ("", "", "", "", "", "", "Vegetarisk kost.", "Vill ha material på engelska.",
                     "Kontaktperson för företagsbesök.", "Har hörselslinga-behov.", "Föredrar e-post.")

# -- activities -----------------------------------------------------------------------------------

AREA_PHRASES_SV = {
    _IND: "industrin", _EN: "energisystemet", _FOOD: "livsmedelskedjan", _WEL: "vården och omsorgen",
    _SD: "hållbar samhällsutveckling",
}
AREA_PHRASES_EN = {
    _IND: "manufacturing", _EN: "the energy system", _FOOD: "the food chain", _WEL: "health and care",
    _SD: "sustainable development",
}

TITLES: dict[str, tuple[tuple[str, str], ...]] = {
    # (language, pattern); {area} is filled with the activity's theme area.
    ActivityKind.CASE_WORKSHOP.value: (
        ("sv", "Case-identifiering: AI i {area}"), ("sv", "Workshop: hitta era AI-case inom {area}"),
        ("sv", "Case-workshop: data och AI för {area}"), ("sv", "Idéverkstad: AI-möjligheter i {area}"),
        ("en", "Case workshop: AI in {area}"), ("en", "Finding AI cases in {area}"),
    ),
    ActivityKind.NETWORK_MEETING.value: (
        ("sv", "Nätverksträff: AI i {area}"), ("sv", "AI-frukost: vad kan AI göra för {area}?"),
        ("sv", "Nätverksträff: data som resurs i {area}"), ("sv", "Eftermiddagsmingel: AI och {area}"),
        ("en", "Network meeting: AI in {area}"), ("en", "AI breakfast: data in {area}"),
    ),
    ActivityKind.DEMONSTRATION.value: (
        ("sv", "Demonstration: AI-verktyg för {area}"), ("sv", "Visning: bildanalys i {area}"),
        ("sv", "Demodag: prototyper från AI.ALL*-casen"), ("sv", "Visning: språkmodeller i {area}"),
        ("en", "Demo: AI prototypes for {area}"),
    ),
}
COMPANY_VISIT_TITLE = {"sv": "Företagsbesök: {org}", "en": "Company visit: {org}"}
CASE_DEVELOPMENT_TITLE = {"sv": "Caseutveckling: {case}", "en": "Case development: {case}"}
GOALS = {
    ActivityKind.CASE_WORKSHOP.value: "Identifiera och prioritera AI-case tillsammans med deltagarna.",
    ActivityKind.NETWORK_MEETING.value: "Knyta kontakter mellan företag, offentlig sektor och akademi.",
    ActivityKind.COMPANY_VISIT.value: "Förstå verksamheten och hitta var data och AI kan göra nytta.",
    ActivityKind.CASE_DEVELOPMENT.value: "Ta caset ett steg vidare: data, prototyp och nästa steg.",
    ActivityKind.DEMONSTRATION.value: "Visa konkreta AI-lösningar och låta deltagarna prova själva.",
}
ACTIVITY_NOTES = ("", "", "", "", "Lunch ingår.", "Fika ingår.", "Lokalen är tillgänglighetsanpassad.",
                  "Parkering finns vid entrén.", "Material skickas ut efteråt.")

#: (start, end) times in local time, per kind, with weights.
TIME_SLOTS: dict[str, tuple[tuple[str, str, float], ...]] = {
    ActivityKind.CASE_WORKSHOP.value: (("09:00", "12:00", 4), ("13:00", "16:00", 3), ("08:30", "15:30", 2),
                                       ("09:00", "15:00", 2)),
    ActivityKind.NETWORK_MEETING.value: (("15:00", "17:00", 3), ("08:00", "09:30", 3), ("11:30", "13:00", 2),
                                         ("16:00", "18:30", 1)),
    ActivityKind.COMPANY_VISIT.value: (("10:00", "11:30", 3), ("13:30", "15:00", 3), ("09:00", "11:00", 2)),
    ActivityKind.CASE_DEVELOPMENT.value: (("09:00", "11:00", 3), ("13:00", "15:30", 3), ("10:00", "12:00", 2)),
    ActivityKind.DEMONSTRATION.value: (("14:00", "16:00", 3), ("10:00", "11:30", 2), ("13:00", "16:00", 1)),
}

#: Agenda blocks per kind: (title sv, title en, method, nominal minutes, who leads, optional).
#: Who leads is "facilitator", "speaker" or "host"; the minutes are stretched to fill the activity.
AGENDA: dict[str, tuple[tuple[str, str, str, int, str, bool], ...]] = {
    ActivityKind.CASE_WORKSHOP.value: (
        ("Välkommen och check-in", "Welcome and check-in", "Runda: namn, organisation och förväntan", 15,
         "facilitator", False),
        ("Inspirationsföreläsning: AI i praktiken", "Inspiration talk: AI in practice",
         "Föreläsning med frågor", 30, "speaker", False),
        ("Exempel från regionen", "Examples from the region", "Korta presentationer", 20, "speaker", True),
        ("Case-identifiering i grupper", "Case identification in groups",
         "Grupparbete vid bord, post-it och canvas", 50, "facilitator", False),
        ("Fika", "Coffee break", "", 15, "facilitator", True),
        ("Prioritering med prickröstning", "Prioritising with dot voting",
         "Prickröstning, tre prickar per person", 20, "facilitator", False),
        ("Redovisning", "Presentations", "Två minuter per bord", 20, "facilitator", False),
        ("Avslutning och nästa steg", "Wrap-up and next steps", "Utvärdering i digital enkät", 10,
         "facilitator", False),
    ),
    ActivityKind.NETWORK_MEETING.value: (
        ("Kaffe och mingel", "Coffee and mingling", "", 15, "facilitator", False),
        ("Välkommen", "Welcome", "Kort intro om AI.ALL*", 10, "facilitator", False),
        ("Talare: erfarenheter av AI", "Speaker: lessons from using AI", "Föreläsning", 30, "speaker", False),
        ("Panelsamtal", "Panel discussion", "Panel med frågor från publiken", 25, "speaker", True),
        ("Nätverkande i smågrupper", "Networking in small groups", "Speed-networking, tre rundor", 25,
         "facilitator", False),
        ("Avslutning", "Closing", "", 5, "facilitator", False),
    ),
    ActivityKind.COMPANY_VISIT.value: (
        ("Presentation av verksamheten", "Introduction to the business", "Värden berättar", 20, "host", False),
        ("Rundvandring", "Tour of the premises", "Visning på plats", 30, "host", True),
        ("Behovsinventering: var kan AI hjälpa?", "Needs: where could AI help?", "Intervju och whiteboard", 30,
         "facilitator", False),
        ("Sammanfattning och nästa steg", "Summary and next steps", "", 10, "facilitator", False),
    ),
    ActivityKind.CASE_DEVELOPMENT.value: (
        ("Återblick sedan förra mötet", "Since last time", "Runda", 10, "facilitator", False),
        ("Genomgång av data", "Looking at the data", "Gemensam genomgång på skärm", 35, "speaker", False),
        ("Prototyp och resultat", "Prototype and results", "Demo och diskussion", 35, "speaker", True),
        ("Handlingsplan", "Action plan", "Vem gör vad till när", 20, "facilitator", False),
        ("Avslut", "Close", "", 5, "facilitator", False),
    ),
    ActivityKind.DEMONSTRATION.value: (
        ("Välkommen", "Welcome", "", 10, "facilitator", False),
        ("Demonstration", "Demonstration", "Live-demo", 30, "speaker", False),
        ("Prova själv vid stationer", "Try it yourself", "Stationer med handledare", 35, "speaker", True),
        ("Frågor och svar", "Questions and answers", "Öppen diskussion", 15, "speaker", False),
        ("Avslutning", "Closing", "", 5, "facilitator", False),
    ),
}
AGENDA_MATERIALS = ("", "", "Post-it, pennor, A3-canvas", "Prickar, tre per person", "Projektor och HDMI",
                    "Namnskyltar", "Utskrivna case-kort")

# -- cases ----------------------------------------------------------------------------------------

#: Case ideas: (title, problem, areas). A tuple of two or more areas makes an intersection case.
CASE_IDEAS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Bildanalys för kvalitetskontroll av svetsfogar",
     "Svetsfogar kontrolleras i dag okulärt i slutet av linan och fel upptäcks sent.", (_IND,)),
    ("Prediktivt underhåll av hydraulpressar",
     "Oplanerade stopp i pressarna kostar flera produktionsdagar per år.", (_IND,)),
    ("Optimera produktionsplaneringen i verkstaden",
     "Planeringen görs i kalkylark och ställtiderna blir långa när ordrarna ändras.", (_IND,)),
    ("Automatisk sortering av metallskrot",
     "Skrotet sorteras för hand och blandfraktioner ger lägre ersättning.", (_IND, _SD)),
    ("Prognostisera energibehov i fastighetsbeståndet",
     "Värmen styrs efter utetemperatur, inte efter hur husen faktiskt används.", (_EN,)),
    ("Upptäcka läckage i fjärrvärmenätet",
     "Läckor hittas först när kunderna klagar eller marken blir varm.", (_EN, _SD)),
    ("Smart styrning av laddplatser för tjänstebilar",
     "Alla bilar laddas samtidigt på eftermiddagen och effekttopparna blir dyra.", (_EN, _SD)),
    ("Prognos av solelsproduktion för lantbruk",
     "Gården vill använda egen solel till kylning men vet inte när den räcker.", (_EN, _FOOD)),
    ("Minska matsvinnet i skolköken",
     "Portionerna planeras efter schablon och en stor del av maten slängs.", (_FOOD, _SD)),
    ("Efterfrågeprognos för bröd i butik",
     "Bageriet bakar efter magkänsla; både svinn och tomma hyllor förekommer.", (_FOOD,)),
    ("Spårbarhet i livsmedelskedjan med sensordata",
     "Temperaturen under transport dokumenteras inte och reklamationer är svåra att utreda.", (_FOOD, _IND)),
    ("Bildanalys av skördens kvalitet",
     "Kvaliteten bedöms av en person vid intaget och bedömningarna varierar.", (_FOOD,)),
    ("Prognostisera kylbehov i livsmedelslager",
     "Kylaggregaten går för fullt dygnet runt oavsett hur mycket som lagras.", (_FOOD, _EN)),
    ("Planera hemtjänstens rutter",
     "Rutterna läggs för hand varje morgon och restiden äter upp tid hos brukarna.", (_WEL, _SD)),
    ("Tidig upptäckt av fallrisk hos äldre",
     "Fallolyckor i ordinärt boende upptäcks ofta först när skadan är skedd.", (_WEL,)),
    ("Sammanfatta journalanteckningar inför överlämning",
     "Personalen läser långa anteckningar vid varje skiftbyte.", (_WEL,)),
    ("Prognos av beläggning på vårdavdelningar",
     "Platsbrist upptäcks samma dag och patienter flyttas i onödan.", (_WEL,)),
    ("Chattstöd för invånarfrågor på flera språk",
     "Kontaktcenter får samma frågor om och om igen, på många språk.", (_WEL, _SD)),
    ("Kartlägga resursflöden för cirkulära affärer",
     "Restmaterial från ett företag kan vara råvara för ett annat, men ingen ser helheten.", (_SD, _IND)),
    ("Beräkna klimatavtrycket från inköp",
     "Inköpen klimatberäknas inte och målen följs upp med grova schabloner.", (_SD,)),
    ("Optimera turtätheten i kollektivtrafiken på landsbygden",
     "Bussar går tomma på vissa tider medan andra turer är fulla.", (_SD, _EN)),
    ("Övervaka vattenkvaliteten i sjöar och vattendrag",
     "Provtagning sker några gånger per år och algblomning upptäcks sent.", (_SD,)),
    ("Identifiera arter med bildanalys från viltkameror",
     "Tusentals bilder gås igenom manuellt av ideella krafter.", (_SD,)),
    ("Energioptimering av tryckluft i fabriken",
     "Tryckluftssystemet läcker och står på även när produktionen står still.", (_IND, _EN)),
    ("Anpassad kost i äldreomsorgen med hjälp av data",
     "Undernäring hos äldre upptäcks sent och kosten anpassas inte efter individen.", (_WEL, _FOOD)),
    ("Digital tvilling av produktionslinan",
     "Ändringar i linan testas direkt i produktionen och stör leveranserna.", (_IND,)),
    ("Automatisk tolkning av följesedlar",
     "Följesedlar och fakturor skrivs av för hand in i affärssystemet.", (_IND,)),
    ("Prognos av sjukfrånvaro för bemanningsplanering",
     "Vikarier bokas i sista minuten och kostnaderna för övertid ökar.", (_WEL,)),
    ("Beslutsstöd för energieffektiv renovering",
     "Fastighetsägaren vet inte vilka åtgärder som ger mest per investerad krona.", (_EN, _SD)),
    ("Optimerad utfodring i mjölkproduktionen",
     "Foderstaten justeras sällan trots att korna och fodret varierar.", (_FOOD, _SD)),
    ("Röststyrd dokumentation i hemsjukvården",
     "Dokumentationen görs i efterhand i bilen mellan besöken.", (_WEL,)),
    ("Prognos av avfallsmängder för hämtningsrutter",
     "Kärlen töms enligt schema oavsett om de är fulla eller tomma.", (_SD, _EN)),
    ("Upptäcka avvikelser i elförbrukningen hos kunder",
     "Fel i mätare och onormal förbrukning syns först på årsavräkningen.", (_EN,)),
    ("Sortera textilier för återbruk med bildanalys",
     "Insamlade kläder sorteras för hand och mycket går till förbränning.", (_SD, _IND)),
    ("AI-stöd för upphandlingsunderlag",
     "Kravspecifikationer skrivs från grunden varje gång och tar veckor.", (_SD, _WEL)),
)
#: What the case owner said about the data, by data-readiness score (1 = nothing yet, 5 = ready).
DATA_REMARKS = {
    1: ("Data saknas helt och behöver samlas in.", "Ingen vet i dag vilka data som finns."),
    2: ("Data finns på papper eller i spridda kalkylark.", "Data finns men ägs av en leverantör."),
    3: ("Data finns i affärssystemet men behöver rensas.", "Historik finns för de senaste två åren."),
    4: ("Loggdata finns sedan flera år i ett gemensamt system.", "Sensordata samlas redan in per minut."),
    5: ("Data är strukturerad, dokumenterad och åtkomlig via API.",
        "Ett färdigt dataset finns sedan en förstudie."),
}
PARKED_REASONS = (
    "Saknar data av tillräcklig kvalitet.", "Företaget har inte resurser just nu.",
    "Löses bättre utan AI, med en enkel regelmotor.",
    "Juridiska frågor om personuppgifter behöver utredas först.",
    "Slogs ihop med ett liknande case.", "Nyckelpersonen har slutat.", "Väntar på nytt affärssystem.",
)
CASE_NOTES = ("", "", "", "Kan passa som examensarbete.", "Liknande case finns hos annat företag.",
              "Följs upp vid nästa nätverksträff.", "Behöver en dataexpert i teamet.")

#: Roles in a case team, chosen by what the member is good at.
TEAM_ROLE_BY_COMPETENCE = {
    "AI/data": "AI-expert", "software": "utvecklare", "domain expert": "verksamhetsexpert",
    "business": "affärsutvecklare", "public administration": "verksamhetsexpert", "research": "forskare",
    "design": "tjänstedesigner", "project management": "projektledare",
}
CASE_OWNER_ROLE = "caseägare"
TABLE_HOST_ROLE = "bordsvärd"
