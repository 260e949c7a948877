"""Qt item models over DTO lists."""
