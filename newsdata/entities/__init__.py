"""Named participants.

lexicon: the word sets; mentions: name mentions and their evidence; resolve: linking
and typing; stage: the pipeline stage.
"""
