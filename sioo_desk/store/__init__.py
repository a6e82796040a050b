"""Opening, migrating, backing up and checking the database. No Qt.

SQLAlchemy and Alembic are imported only where a write or a migration needs them, so that
opening a current database and reading the first screen costs the stdlib `sqlite3` alone.
"""
