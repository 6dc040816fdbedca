"""The speech-verb / role / institution lexicon (wiretrace/data/speech_verbs.json)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "speech_verbs.json"
# Lyrics and chants are quoted words ('"Had to find my own way," she sings'), never reported ones.
PERFORMANCE_VERBS = frozenset({"sing", "chant"})
# What a study, poll or report shows or found is reported ("a Gallup poll shows that ...").
FINDING_VERBS = frozenset({"show", "find"})

@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset[str]  # every cue verb: speech proper, evidential and performance
    performance_verbs: frozenset[str]  # cue verbs of direct quotes only
    finding_verbs: frozenset[str]  # cue verbs whose subject must be a document
    evidential_verbs: frozenset[str]  # cue verbs that also take things as subjects
    negating_verbs: frozenset[str]
    view_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    speech_act_verbs: frozenset[str]  # acts done in words ("congratulated X"): they introduce the next quote
    role_abbreviations: dict[str, str]  # "PM" -> "prime minister", matched with its case
    roles: dict[str, tuple[str, ...]]  # group -> interchangeable titles
    institution_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]

    @property
    def title_words(self) -> frozenset[str]:
        """Every word of every title: "chief executive" gives "chief" and "executive"."""
        return frozenset(word for titles in self.roles.values() for title in titles for word in title.split())

    def role_phrases_in(self, phrase: str) -> set[str]:
        """Role titles occurring in `phrase`, dropping those inside a longer match
        ("head of state" wins over "head"); "the PM" holds "prime minister"."""
        for short, title in self.role_abbreviations.items():
            phrase = re.sub(rf"(?<![\w-]){short}(?![\w-])", title, phrase)
        lowered = phrase.lower()
        found = {
            title
            for titles in self.roles.values()
            for title in titles
            if re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])", lowered)
        }
        return {t for t in found if not any(t != other and t in other for other in found)}

    def role_groups(self, titles: set[str]) -> set[str]:
        return {group for group, members in self.roles.items() if titles & set(members)}

    def titles_of_groups(self, groups: set[str]) -> set[str]:
        return {title for group in groups for title in self.roles[group]}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    return Lexicon(
        speech_verbs=frozenset(data["speech_verbs"] + data["evidential_verbs"]) | PERFORMANCE_VERBS | FINDING_VERBS,
        performance_verbs=PERFORMANCE_VERBS,
        finding_verbs=FINDING_VERBS,
        evidential_verbs=frozenset(data["evidential_verbs"]),
        negating_verbs=frozenset(data["negating_verbs"]),
        view_nouns=frozenset(data["view_nouns"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        speech_act_verbs=frozenset(data["speech_act_verbs"]),
        role_abbreviations=data["role_abbreviations"],
        roles={group: tuple(titles) for group, titles in data["roles"].items()},
        institution_nouns=frozenset(data["institution_nouns"]),
        anonymous_nouns=frozenset(data["anonymous_nouns"]),
    )
