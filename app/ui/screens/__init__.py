"""The counter app's screens, one per module."""
