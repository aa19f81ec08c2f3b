"""The review after the deadline: banner, dialog, what it stores."""
