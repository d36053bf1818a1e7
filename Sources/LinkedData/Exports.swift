// LinkedData builds on Laurel's JSON; users of LinkedData get it without a second import.
@_exported import LaurelJSON
