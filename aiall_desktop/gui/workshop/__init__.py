"""The workshop page: everything a facilitator does with one activity before, during and after it.

``page.py`` holds the tabs; each tab is its own module and speaks to the window only through the
:class:`~.context.WorkshopContext`.
"""
