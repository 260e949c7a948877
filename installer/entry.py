"""Entry point of the frozen bundle: the same CLI as `officerdesk`."""

from officerdesk.cli import main

raise SystemExit(main())
