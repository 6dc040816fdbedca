import hashlib
import json
import re

from wiretrace.link.stories import StoryIndex, assign_stories, remove_article
from wiretrace.model import Article, ArticleFacts, Mention, Span

# Two close stories with the same actors (Moravia, Selkia, President Dunn): air defence
# deliveries vs a drone factory. Only their distinctive terms and figures differ.
ENTITY_IDS = {"Moravia": "gpe:moravia", "Selkia": "gpe:selkia", "President Dunn": "person:ada-dunn",
              "Gorvik": "gpe:gorvik", "Talmar": "loc:talmar"}
DEFENCE = [
    "Gorvik delivered a second Vantor air defence battery to Moravia, President Dunn said. The battery includes "
    "a radar and 8 launchers and arrived after weeks of training for Moravian crews. Selkia continues its war.",
    "Moravia received 8 Vantor launchers and a radar from Gorvik this week. President Dunn thanked Gorvik for the "
    "air defence battery, the second one delivered since Selkia invaded. Crews finished training abroad.",
    "The second Vantor battery from Gorvik is now protecting the Moravian capital, officials said. The air defence "
    "system has a radar and 8 launchers. President Dunn asked for more batteries as Selkia keeps attacking.",
]
FACTORY = [
    "Selkia is building 400 Kestrel attack drones a month at a factory in Talmar, Moravian intelligence said. "
    "President Dunn said the drones are assembled from imported engines. Selkia continues its war on Moravia.",
    "The Talmar factory assembles Kestrel drones with imported engines, producing 400 a month, according to "
    "Moravia's intelligence service. President Dunn urged sanctions on engine suppliers to Selkia.",
    "Moravian intelligence said the Talmar factory now makes 400 Kestrel attack drones a month from imported "
    "engines. President Dunn called the drone factory a threat to every Moravian city as Selkia expands it.",
]
LATER_FACTORY = (
    "A new hangar at the Talmar drone factory will raise Kestrel attack drone output above 400 a month, Moravian "
    "intelligence said. President Dunn said imported engines for the Kestrel drones still reach the Talmar factory."
)


def make(aid: str, text: str, published: str | None = "2025-03-04", outlet: str = "Gazette") -> tuple[Article, ArticleFacts]:
    article = Article(id=aid, source=aid, input_format="text", raw=text, text=text,
                      text_hash=hashlib.sha256(text.encode()).hexdigest(), title=text.split(". ")[0],
                      outlet=outlet, published=published, language="en")
    mentions = [
        Mention(Span(aid, m.start(), m.end()), m.group(), "GPE", ENTITY_IDS[m.group()])
        for m in re.finditer("|".join(ENTITY_IDS), text)
    ]
    return article, ArticleFacts(aid, mentions=mentions)


def corpus() -> list[tuple[Article, ArticleFacts]]:
    return [make(f"d{i}", t, outlet=f"Outlet {i}") for i, t in enumerate(DEFENCE)] + [
        make(f"f{i}", t, published=f"2025-03-0{i + 5}") for i, t in enumerate(FACTORY)
    ]


def groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(index.clusters[sid].members) for sid in index.story_ids()}


def test_close_stories_with_shared_actors_stay_apart():
    index = StoryIndex()
    changed = assign_stories(corpus(), index)
    assert groups(index) == {frozenset({"d0", "d1", "d2"}), frozenset({"f0", "f1", "f2"})}
    assert {s.id for s in changed} == set(index.story_ids())
    defence = next(s for s in changed if "d0" in s.article_ids)
    assert sorted(defence.outlets) == ["Outlet 0", "Outlet 1", "Outlet 2"]
    assert (defence.date_start, defence.date_end) == ("2025-03-04", "2025-03-04")
    assert "gpe:gorvik" in defence.key_entities
    factory = next(s for s in changed if "f0" in s.article_ids)
    assert "loc:talmar" in factory.key_entities and "loc:talmar" not in defence.key_entities
    assert factory.label and factory.date_end == "2025-03-07"


def test_second_batch_joins_existing_story_and_repeat_batch_changes_nothing():
    index = StoryIndex()
    assign_stories(corpus(), index)
    before = index.story_ids()
    changed = assign_stories([make("late", LATER_FACTORY, published="2025-03-10")], index)
    assert index.story_ids() == before
    assert len(changed) == 1 and "late" in changed[0].article_ids and "f0" in changed[0].article_ids
    assert assign_stories([make("late", LATER_FACTORY, published="2025-03-10")], index) == []
    assert assign_stories(corpus(), index) == [] and index.story_ids() == before


def test_undated_article_is_placed_on_content():
    index = StoryIndex()
    assign_stories(corpus(), index)
    assign_stories([make("undated", LATER_FACTORY, published=None)], index)
    assert index.story_of("undated") == index.story_of("f1")[:1]


def test_remove_article_updates_and_finally_drops_story():
    index = StoryIndex()
    assign_stories(corpus(), index)
    story_id = index.story_of("d1")[0]
    changed = remove_article("d1", index)
    assert [s.id for s in changed] == [story_id] and "d1" not in changed[0].article_ids
    assert index.story_of("d1") == []
    remove_article("d0", index)
    assert remove_article("d2", index) == [] and story_id not in index.story_ids()
    assert remove_article("unknown", index) == []


def test_state_round_trips_through_json():
    index = StoryIndex()
    assign_stories(corpus(), index)
    restored = StoryIndex.from_dict(json.loads(json.dumps(index.to_dict())))
    assert restored.stories() == index.stories()
    late = [make("late", LATER_FACTORY, published="2025-03-10")]
    assert assign_stories(late, restored) == assign_stories(late, index)


def test_story_ranks_central_article_first_and_labels_with_actors():
    index = StoryIndex()
    assign_stories(corpus(), index)
    story = index.story(index.story_of("f0")[0])
    assert sorted(story.article_ids) == ["f0", "f1", "f2"]
    assert story.label.endswith(index.members[story.article_ids[0]].title)
    assert ":" in story.label  # "actor / actor: headline"
