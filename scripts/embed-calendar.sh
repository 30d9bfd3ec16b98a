#!/usr/bin/env bash
# Regenerates Sources/SiliconAlleyCore/Calendar/EmbeddedCalendar.swift from data/calendar/*.txt
# (WorkingDayCalendarDataTests fails if they drift apart). Add --check to only compare.
exec "$(dirname "$0")/embed-files.sh" scripts/embed-calendar.sh Sources/SiliconAlleyCore/Calendar/EmbeddedCalendar.swift \
    EmbeddedCalendar "The holiday files' exact text, keyed by file name." "data/calendar/*.txt" "$@"
