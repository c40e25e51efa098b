"""Server-rendered pages (Jinja2) and the charts, shared by the live server and the report."""
