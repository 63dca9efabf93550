"""Direct quotations.

marks: the quoted spans; attribution: quote or scare quote, and who said it; stage: the
pipeline stage.
"""
