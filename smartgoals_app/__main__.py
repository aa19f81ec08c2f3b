from smartgoals_app.cli import main

raise SystemExit(main())
