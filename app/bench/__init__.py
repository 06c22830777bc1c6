"""Benchmarks behind `giftdesk bench`."""
