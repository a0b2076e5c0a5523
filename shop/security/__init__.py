"""Security rules the whole project shares: the HTML sanitiser and the safe-URL rule.

A leaf package (it imports nothing of ours), so the magazine, the shop apps and the site glue can all
use it without importing each other.
"""
