from __future__ import annotations

from officerdesk.cli import main

raise SystemExit(main())
