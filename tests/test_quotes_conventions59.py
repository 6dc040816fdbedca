"""Quote speakers on invented sentences shaped like annotation conventions seen in session 9:
a court's words are the one judge the article names for it, unless the court rules or is a higher court."""

from __future__ import annotations

from quote_helpers import directs, indirects


def test_a_court_speaks_through_the_one_judge_the_article_names() -> None:
    text = (
        "A Mumbai court has rebuked the police for delaying an arrest.\n\n"
        "“No effort whatsoever seems to have been made to arrest the accused,” Special Judge Ramesh Kumar "
        "noted in his order.\n\n"
        "“The report will be sent to this court within 10 days,” the court said."
    )
    assert [q.speaker_name for q in directs(text)] == ["Ramesh Kumar", "Ramesh Kumar"]
    two = (
        "Judge Ramesh Kumar and Judge Ada Obi heard the plea.\n\n"
        "“The report will be sent to this court within 10 days,” the court said."
    )
    assert [q.speaker_name for q in directs(two)] == [None]  # two judges: neither speaks for the court


def test_a_bench_speaks_through_the_justice_the_article_names() -> None:
    text = (
        "The petition filed by the residents was heard by Justice Meera Rao on Monday.\n\n"
        "Lawyers for the state sought more time.\n\n"
        "The bench noted that the state had failed to file its reply."
    )
    assert [q.speaker_name for q in indirects(text)] == ["Meera Rao"]


def test_a_court_ruling_stays_the_courts_own() -> None:
    text = (
        "Chief Justice Ramesh Kumar read out the judgment on Monday.\n\n"
        "The court ruled that the commission was empowered to exclude the candidate."
    )
    assert [q.speaker_name for q in indirects(text)] != ["Ramesh Kumar"]


def test_a_higher_court_speaks_as_itself() -> None:
    text = (
        "Justice Meera Rao of the Madras high court heard the petition on Monday.\n\n"
        "In its judgment, the court said, “The petitioner’s fears are not reasonable.”"
    )
    assert [q.speaker_name for q in directs(text)] != ["Meera Rao"]
