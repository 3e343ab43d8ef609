"""Claim parts from the sentence structure: figures (category, scope) and stances."""
