"""Pure domain: money, card codes, card rules and errors. No I/O, no frameworks."""
