# Polku's app server: one replica. compose.yaml runs two behind HAProxy (README: Several replicas).
# Bookworm, the Debian the tests and `make` targets run on, so the system libraries match.
FROM python:3.11-slim-bookworm

# Pango, its FreeType backend and the DejaVu fonts for the handout PDF (WeasyPrint), the same
# packages `make system-deps` installs; HarfBuzz's subsetter so the PDF embeds only the glyphs
# it uses, as on a developer's machine. No compilers: every Python dependency has a wheel.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core libharfbuzz-subset0 \
 && rm -rf /var/lib/apt/lists/*

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The package and its dependencies first: this layer is reused while only pages, components or
# paths change. (pyproject.toml names README.md as the long description, so it comes along.)
COPY pyproject.toml README.md ./
COPY polku ./polku
RUN pip install . && rm -rf build polku.egg-info

# The Streamlit app itself: app.py, pages/, components/, the shipped paths/, and
# .streamlit/config.toml (theme, upload limit, runner.postScriptGC = false, ...), which
# Streamlit reads from the working directory.
COPY . .

# Never root: the server only needs to read /app and write its data folder (the SQLite file,
# when no POLKU_DATABASE_URL is set).
RUN useradd --system --uid 10001 --create-home --shell /usr/sbin/nologin polku \
 && mkdir -p /app/data \
 && chown polku:polku /app/data
USER polku

EXPOSE 8501

# slim has no curl: Python's urllib asks Streamlit's own health endpoint (200 once serving).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"]

# The cookie secret and the database URL come from the environment (compose.yaml):
# STREAMLIT_SERVER_COOKIE_SECRET and POLKU_DATABASE_URL.
CMD ["streamlit", "run", "app.py", "--server.port", "8501", "--server.address", "0.0.0.0", "--server.headless", "true"]
