#!/bin/sh
# Apply pending migrations, then serve. With several replicas, run migrations once as a
# separate job instead (docker compose run --rm app migrate) and start replicas with `serve`.
set -e
case "${1:-start}" in
  migrate) exec node --import tsx scripts/cli.ts db:migrate ;;
  serve) exec node server.js ;;
  cli) shift; exec node --import tsx scripts/cli.ts "$@" ;;
  start)
    node --import tsx scripts/cli.ts db:migrate
    exec node server.js ;;
  *) exec "$@" ;;
esac
