"""Entry point frozen by PyInstaller: the same main() as the `smartgoals` command."""

from smartgoals_app.cli import main

raise SystemExit(main())
