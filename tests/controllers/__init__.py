"""The Qt-free controllers of smartgoals_app.ui, tested without Qt."""
