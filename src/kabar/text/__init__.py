"""Text utilities shared by the stages: tokens, sentences, normalisation."""
