"""Presentation: the dossier as a self-contained HTML page, Markdown, JSON and CSV.

    from wiretrace.present import Dossier, render_html, render_markdown, to_json, write_csv

`dossier` defines the input and shared lookups, `views` regroups facts for reading
(stories via `wiretrace.analyse.compare`), `annotated` cuts article text at fact spans,
`chart` draws inline SVG, and `html` / `markdown` / `export` write the formats.
"""

from wiretrace.present.dossier import Dossier
from wiretrace.present.export import to_json, to_json_text, write_csv
from wiretrace.present.html import render_html
from wiretrace.present.markdown import render_markdown

__all__ = ["Dossier", "render_html", "render_markdown", "to_json", "to_json_text", "write_csv"]
