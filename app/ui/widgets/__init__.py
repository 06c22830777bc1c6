"""Reusable widgets of the counter app, one per module."""
