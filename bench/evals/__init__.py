"""Per-extractor accuracy evaluations; each module exposes evaluate() -> dict."""
