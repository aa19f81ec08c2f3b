"""Readers for the analytics exports people have: X, YouTube Studio, Meta Business
Suite, LinkedIn workbooks, TikTok Studio, Google Analytics 4, Mailchimp, and any CSV
or workbook with a date column (German Excel settings included). One module per
family recognises its layout from the file's content; `reader` turns the rows into
one figure per day with the rules of `domain.figures`."""

from smartgoals_app.io.exports.reader import Fault, Figures, figures_from, read_figures
from smartgoals_app.io.exports.source import ExportError, Source, load

__all__ = ["ExportError", "Fault", "Figures", "Source", "figures_from", "load", "read_figures"]
