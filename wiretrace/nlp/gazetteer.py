"""General naming data (countries, organisations, offices) loaded once from `wiretrace/data`:
`gazetteer_countries.json`, `gazetteer_names.json`, `gazetteer_roles.json`, and the outlet
names of `outlets.json` (owned by the cleaning stage) as organisations.

Everything here is general knowledge about the world (what "DPRK" or "Pyongyang" or
"North Korean" stands for), never a list of the people a story is about.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# The UN's name before one of its bodies' ("United Nations World Food Programme"), which
# the tagger may split off and acronyms leave out ("WFP").
UN_UMBRELLA = r"(?:the\s+)?(?:United\s+Nations|UN|U\.N\.)"

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
# Demonyms that are already plural-like or have no "-s" plural ("French", "Swiss", "Chinese").
_NO_PLURAL = re.compile(r"(?:ese|sh|ch|ss|i)$")


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]  # singular and plural
    capitals: tuple[str, ...]


# Common given names that are one gender's almost everywhere English news is written: a
# pronoun's last resort when the text itself says nothing (names like Jordan, Kim or
# Andrea, which differ by person or country, are left out). Written without accents:
# "María" counts as "maria".
MALE_GIVEN_NAMES = frozenset("""
abdel abdul abdullah adam ahmed ahmet alan albert alejandro alexander alexei alexey ali andres andrew
andriy anthony antonio anwar arvind ashraf barack bashar ben benjamin bernie bill binyamin bob bola
boris brian bruce carl carlo carlos charles charlie chris christopher colin craig cyril dan daniel david
dennis denys diego dmitry donald doug douglas duncan edward emmanuel enrique eric fernando francois
frank fred friedrich gary george gerhard giovanni giuseppe goodluck gordon graham greg gustavo hamid
harold harry hassan helmut henry hosni howard hussein ian ibrahim igor imran isaac ismail ivan jack
jacob jacques jair jake james jason javier jeff jeffrey jeremy jim joe john jonathan jose joseph juan
justin keir keith kevin khalid larry liam luis luiz mahmoud manmohan marco mario mark martin matt matteo
matthew mehmet michael miguel mike mikhail mitch mohamed mohammad mohammed moshe muhammad muhammadu
mustafa mykhailo naftali narendra nathan nawaz neil nelson nicholas nick nicolas nigel nikolai olaf
oleksandr oliver olusegun omar pablo patrick paul pavel pedro peter petro philip pierre rahul raila
raymond ricardo richard rishi rob robert rodrigo roger ronald ryan sam samuel scott sean sergei sergey
sergio shehbaz silvio simon stephen steve steven tamim ted thomas tim timothy tom tony uhuru viktor
vladimir volodymyr walter william wolfgang yair youssef yoweri yuri yusuf
alberto alfredo alvaro armando arturo edmundo eduardo ernesto esteban felipe francisco gonzalo guillermo
hector hugo ignacio joao jorge julio leopoldo manuel marcelo mauricio nestor oscar rafael ramon raul roberto
rodolfo rogelio salvador sebastian vicente
""".split())
FEMALE_GIVEN_NAMES = frozenset("""
abigail adriana agnes aisha alejandra alexandra alice alicia alison amanda amina amy anastasia angela
angelina anita ann anna anne annette antonia ashley ayesha barbara beatrice beatriz betty brenda bridget
camila carla carmen carol carolina caroline catherine cecilia charlotte chloe christina christine claire
claudia cristina cynthia daniela daria deborah denise diana diane donna dorothy edith eleanor elena
elisabeth elizabeth ellen elsa emily emma esther eva evelyn fatima fiona florence francesca gabriela
giorgia gloria grace greta halima hannah heather helen hillary ines ingrid irina iryna isabel isabella
jacinda jacqueline jane janet janice jasmine jennifer jessica jessie joan joanna josephine joyce judith
judy julia julie juliet kamala karen katarina kate kateryna katherine kathleen kathryn kristina laila
laura layla leila lena lilian linda lisa lucia lucy luisa lydia lyudmila magdalena margaret margarita
maria marianne marie marina marta martha mary maryam maya megan melissa mercy mia michelle miriam monica
nadia nancy naomi natalia natalie natasha ngozi nicole nina nirmala nora oksana olena olga patricia
paula pauline priya priyanka rachel rania rebecca rosa rose rosemary ruth sabrina samantha sandra sara
sarah sharon shirley silvia sofia sonia sophie stella stephanie susan suzanne svetlana sylvia tanya
tatiana teresa tetiana theresa ursula valentina valerie vanessa vera veronica victoria virginia wendy
yolanda yulia yvonne zainab zoe
ana consuelo delcy dilma dolores fernanda graciela leticia lorena luciana mariana marisol
mercedes pilar raquel rocio susana ximena xiomara
""".split())
GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


@dataclass(frozen=True)
class Gazetteer:
    countries: tuple[Country, ...]
    organisations: dict[str, str]  # surface form (exact case) -> organisation name
    seats_of_power: dict[str, str]  # "Kremlin" -> "Russia"
    regions: frozenset[str]  # continents and world regions: "Europe", "Middle East"
    products: frozenset[str]  # surface forms, plurals included
    division_suffixes: frozenset[str]  # lower-cased: "oblast", "region" ...
    organisation_words: frozenset[str]
    facility_words: frozenset[str]  # last words of buildings and places: "Castle", "Stadium"
    business_nouns: frozenset[str]  # lower-cased: "firm", "retailer", "drugmaker"
    company_possessions: frozenset[str]  # what only a company has: "[Cisco]'s earnings", "its CEO"
    law_words: frozenset[str]  # last words of laws and treaties: "Regulation", "Act"
    honorifics: frozenset[str]
    role_classes: dict[str, str]  # lower-cased title -> office class ("leader" -> "head-of-state")
    role_words: frozenset[str]  # lower-cased content words of titles: "secretary", "state" ...
    role_qualifiers: frozenset[str]
    past_qualifiers: frozenset[str]


def name_key(text: str) -> str:
    """Case-, dot- and apostrophe-insensitive key: "U.S." == "US", "Sana'a" == "Sanaa"."""
    return re.sub(r"[.'’\s]+", " ", text).strip().casefold().replace(" ", "")


def plurals(word: str) -> tuple[str, ...]:
    return (word,) if _NO_PLURAL.search(word) else (word, word + "s")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    countries_doc = json.loads((DATA_DIR / "gazetteer_countries.json").read_text(encoding="utf-8"))
    names_doc = json.loads((DATA_DIR / "gazetteer_names.json").read_text(encoding="utf-8"))
    roles_doc = json.loads((DATA_DIR / "gazetteer_roles.json").read_text(encoding="utf-8"))
    countries = tuple(
        Country(
            name=c["name"],
            aliases=tuple(c["aliases"]),
            demonyms=tuple(p for d in c["demonyms"] for p in plurals(d)),
            capitals=tuple(c["capitals"]),
        )
        for c in countries_doc["countries"]
    )
    organisations = {
        surface: org["name"] for org in names_doc["organisations"] for surface in (org["name"], *org["aliases"])
    }
    for outlet in _outlet_names():
        organisations.setdefault(outlet, outlet)
        organisations.setdefault(re.sub(r"^The ", "", outlet), outlet)  # "the Guardian" mid-sentence
    return Gazetteer(
        countries=countries,
        organisations=organisations,
        seats_of_power=dict(names_doc["seats_of_power"]),
        regions=frozenset(names_doc["regions"]),
        products=frozenset(p for name in names_doc["products"] for p in plurals(name)),
        division_suffixes=frozenset(s.lower() for s in names_doc["division_suffixes"]["GPE"]),
        organisation_words=frozenset(names_doc["organisation_words"]),
        facility_words=frozenset(names_doc["facility_words"]),
        business_nouns=frozenset(names_doc["business_nouns"]),
        company_possessions=frozenset(names_doc["company_possessions"]),
        law_words=frozenset(names_doc["law_words"]),
        honorifics=frozenset(names_doc["honorifics"]),
        role_classes={title: cls for cls, titles in roles_doc["classes"].items() for title in titles},
        role_words=frozenset(
            w for titles in roles_doc["classes"].values() for t in titles for w in t.split() if w not in {"of", "the"}
        ),
        role_qualifiers=frozenset(roles_doc["qualifiers"]),
        past_qualifiers=frozenset(roles_doc["past_qualifiers"]),
    )


def _outlet_names() -> list[str]:
    """News outlets known to the cleaning stage (`outlets.json`): organisations too."""
    path = DATA_DIR / "outlets.json"
    if not path.exists():
        return []
    return [o["name"] for o in json.loads(path.read_text(encoding="utf-8"))["outlets"]]


@lru_cache(maxsize=1)
def abbreviated_titles() -> frozenset[str]:
    """Honorifics written with a full stop ("Hon.", "Sgt."): one token, and no sentence ends at one."""
    return frozenset(title for title in load_gazetteer().honorifics if title.endswith("."))


@lru_cache(maxsize=1)
def country_index() -> dict[str, tuple[str, str]]:
    """`name_key` of a surface form -> (country name, kind), kind name/alias/demonym/capital."""
    gz = load_gazetteer()
    index: dict[str, tuple[str, str]] = {}
    # Later kinds never override earlier ones: a country's own name beats another's capital.
    for kind in ("name", "alias", "demonym", "capital"):
        for c in gz.countries:
            forms = {"name": (c.name,), "alias": c.aliases, "demonym": c.demonyms, "capital": c.capitals}[kind]
            for form in forms:
                index.setdefault(name_key(form), (c.name, kind))
    return index


@lru_cache(maxsize=1)
def surface_labels() -> dict[str, str]:
    """Exact surface form -> spaCy label, for every name the gazetteer knows."""
    gz = load_gazetteer()
    labels: dict[str, str] = {}
    for org in gz.organisations:
        labels[org] = "ORG"
    for seat in gz.seats_of_power:
        labels[seat] = "ORG"
    for product in gz.products:
        labels[product] = "PRODUCT"
    for region in gz.regions:
        labels[region] = "LOC"
    for c in gz.countries:
        for form in (c.name, *c.aliases, *c.capitals):
            labels[form] = "GPE"
        for form in c.demonyms:
            labels[form] = "NORP"
    return labels

