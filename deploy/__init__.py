"""Running Polku as several replicas: the HAProxy config shared with compose.yaml, a
throwaway PostgreSQL from the machine's binaries, and the topology the tests and the
benchmarks start (`python -m deploy.replicas`, `make replicas`)."""
