"""The goal wizard, driven as a person does (wizard_driver.Person)."""
