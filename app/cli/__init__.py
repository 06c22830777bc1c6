"""The `giftdesk` command line: the app by default, admin and bench subcommands."""
