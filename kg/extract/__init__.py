"""Draft facts from new council minutes (``kg extract``), for a person to review.

The extractor reads minutes (text, HTML, PDF), finds parties, systems,
categories and channels with an entity ruler fed from the project's own
registries, proposes agenda items, flows, relationships and exclusions with
the quote and line each rests on, and writes them as a draft fact file that
``kg validate`` checks like curated data. The Japanese NLP models come with
the optional extra ``kg[extract]``; nothing here imports them until needed.
"""
from __future__ import annotations
