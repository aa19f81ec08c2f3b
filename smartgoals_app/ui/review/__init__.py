"""The review at a goal's deadline: the banner on the goal, the review dialog, and the
menu action that opens it on demand."""
