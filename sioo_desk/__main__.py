from sioo_desk.cli import main

raise SystemExit(main())
