"""Plain arithmetic on lengths that a chart's drawing and the planner's estimate of it share."""
