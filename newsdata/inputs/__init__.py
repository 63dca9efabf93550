"""Reading articles as they are stored: plain text, saved HTML pages, WARC/ARC web archives.

``kind.detect`` tells which one a file holds from its first bytes; ``html.parse_html``
turns a page into an article through the text pipeline; ``warc.iter_records`` streams an
archive's HTML responses; ``read.articles_from_bytes`` and ``read.articles_from_path``
put the three together for the command line.
"""
