"""Design -> SVG -> pixels: field values, layout helpers, Qt text layout, fonts, images, SVG
safety, compose, raster and PDF. The only layer that touches QtGui/QtSvg."""
