"""Corpus-level link stage: canonical entities, duplicate groups and stories.

Runs after articles are stored, over the articles not yet linked, so it is incremental
and resumable: a build killed before linking is linked by the next build. The dedup and
story indexes are persisted in the store between runs.
"""

from __future__ import annotations

from wiretrace.link.dedup import DedupIndex, find_duplicates
from wiretrace.link.entities import merge_entities
from wiretrace.link.stories import StoryIndex, assign_stories, remove_article
from wiretrace.store import Store

DEDUP_STATE = "dedup_index"
STORY_STATE = "story_index"


def link_pending(store: Store) -> None:
    pending = store.unlinked_article_ids()
    if not pending:
        return
    store.replace_entities(merge_entities(store.mentions_by_article()))
    articles = [a for a in (store.article(i) for i in pending) if a is not None]
    facts = {a.id: store.facts(a.id) for a in articles}

    dedup_index = _load_dedup(store)
    groups, dedup_index = find_duplicates(articles, dedup_index, facts)
    store.replace_duplicate_groups(groups)
    store.save_state(DEDUP_STATE, dedup_index.to_dict())

    story_index = _load_stories(store)
    changed = assign_stories([(a, facts[a.id]) for a in articles], story_index)
    _save_stories(store, story_index, changed)
    store.mark_linked(pending)


def unlink_article(store: Store, article_id: str) -> None:
    """Update entities, duplicate groups and stories after an article was deleted."""
    store.replace_entities(merge_entities(store.mentions_by_article()))
    dedup_index = _load_dedup(store)
    dedup_index.remove(article_id)
    store.replace_duplicate_groups(dedup_index.groups())
    store.save_state(DEDUP_STATE, dedup_index.to_dict())
    story_index = _load_stories(store)
    changed = remove_article(article_id, story_index)
    _save_stories(store, story_index, changed)


def _load_dedup(store: Store) -> DedupIndex:
    state = store.load_state(DEDUP_STATE)
    return DedupIndex.from_dict(state) if state else DedupIndex()


def _load_stories(store: Store) -> StoryIndex:
    state = store.load_state(STORY_STATE)
    return StoryIndex.from_dict(state) if state else StoryIndex()


def _save_stories(store: Store, index: StoryIndex, changed: list) -> None:
    live = set(index.story_ids())
    gone = [s.id for s in store.stories() if s.id not in live]
    store.save_stories([s for s in changed if s.id in live], removed_ids=gone)
    store.save_state(STORY_STATE, index.to_dict())
