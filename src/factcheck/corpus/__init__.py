"""The corpus `factcheck check` works on: its articles grouped into events (`events`), the
persisted index that finds an article's event without reading the archive (`index`), and what
git changed (`git`)."""
