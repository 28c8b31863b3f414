"""What a user takes to a room: presenter mode, the briefing pack, and the row of tools that offers the pack and
a citable link on every page."""
