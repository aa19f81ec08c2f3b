"""A report to share: one goal, one strategy or every goal as a PDF (or on paper).

content.py gathers what the dashboard already computes, document.py lays it out as
text, chart.py draws the chart with QPainter (vectors), pdf.py pages it on A4 or
Letter, action.py adds the menu action and command.py the command line.
"""
