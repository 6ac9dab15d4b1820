/// The HTML elements whose name changes how a page's text is read: where lines and paragraphs
/// break, what is never text (scripts, styles, inline drawings), what has no content (`<br>`,
/// `<img>`), and which elements are page furniture by their very name (`<nav>`, `<aside>`,
/// `<footer>`, `<form>`). Every other name is `.other`: an inline element such as `<span>`.
enum HTMLElement: UInt8, CaseIterable, Sendable {
  case other
  case html, head, body, title, meta, link, base
  case script, style, template, noscript, iframe, textarea, xmp, noembed, noframes, svg, math
  case p, h1, h2, h3, h4, h5, h6, ul, ol, dl, li, dt, dd, table, tr, td, th, caption
  case blockquote, pre, article, section, main, header, footer, nav, aside, form, figure
  case figcaption, address, details, summary, fieldset, legend, hr, br, div, center, hgroup
  case menu, dialog, option, select, button, object, video, audio, canvas, label
  case img, input, area, col, embed, param, source, track, wbr, time

  /// The element named `name` (any ASCII case).
  static func named(_ name: String) -> HTMLElement {
    byName[name] ?? .other
  }

  private static let byName: [String: HTMLElement] = Dictionary(
    uniqueKeysWithValues: allCases.dropFirst().map { ("\($0)", $0) })

  /// What the element does to the lines of the text around it.
  enum Break: UInt8, Comparable {
    case none = 0
    /// Its content starts and ends a line (`<div>`, `<li>`, `<br>`).
    case line = 1
    /// Its content is a paragraph of its own, a blank line before and after (`<p>`, `<h2>`).
    case paragraph = 2

    static func < (lhs: Break, rhs: Break) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  var lineBreak: Break {
    switch self {
    case .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .dl, .table, .blockquote, .pre, .article,
      .section, .main, .header, .footer, .nav, .aside, .form, .figure, .address, .details,
      .fieldset, .hr, .hgroup, .menu, .dialog, .body, .html, .title:
      .paragraph
    case .div, .li, .dt, .dd, .tr, .br, .figcaption, .caption, .summary, .legend, .center,
      .option, .select:
      .line
    default: .none
    }
  }

  /// Table cells sit side by side: a space apart, on one line.
  var isCell: Bool { self == .td || self == .th }

  /// Elements that have no content and no end tag.
  var isVoid: Bool {
    switch self {
    case .meta, .link, .base, .hr, .br, .img, .input, .area, .col, .embed, .param, .source,
      .track, .wbr:
      true
    default: false
    }
  }

  /// Elements whose content is never text a reader sees: it is skipped up to the element's
  /// end tag (scripts and styles, the inert `<template>`, `<noscript>` for browsers that run
  /// scripts, an inline drawing's labels).
  var skipsContent: Bool {
    switch self {
    case .script, .style, .template, .noscript, .iframe, .textarea, .xmp, .noembed, .noframes,
      .svg, .math:
      true
    default: false
    }
  }

  /// SVG and MathML elements written `<svg/>` have no content; an HTML element's `/>` is
  /// ignored, as browsers do.
  var honoursSelfClosing: Bool { self == .svg || self == .math }

  /// A start tag of one of these ends an open `<p>` (HTML's implied end tags).
  var closesParagraph: Bool {
    switch self {
    case .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .dl, .table, .blockquote, .pre, .article,
      .section, .main, .header, .footer, .nav, .aside, .form, .figure, .figcaption, .address,
      .details, .summary, .fieldset, .hr, .hgroup, .menu, .dialog, .div, .center, .li, .dt,
      .dd:
      true
    default: false
    }
  }

  var isHeading: Bool {
    switch self {
    case .h1, .h2, .h3, .h4, .h5, .h6: true
    default: false
    }
  }

  /// Page furniture by the element's name alone. (`<header>` and `<footer>` depend on where
  /// they stand: see `HTMLReader`.)
  var furniture: Furniture? {
    switch self {
    case .nav, .menu: .navigation
    case .aside: .sidebar
    case .form, .select, .button, .fieldset, .label: .form
    case .figure, .figcaption: .photoCaption
    case .object, .video, .audio, .canvas, .dialog: .widget
    default: nil
    }
  }
}
