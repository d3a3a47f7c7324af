/** Per-render values pages hand to the components they render. */
declare namespace App {
  interface Locals {
    /** Glossary marks planned by a script page for its lines (first occurrence of each term). */
    termMarks?: import('./site/glossary-marks').TermMarkPlan<import('./model/glossary').GlossaryEntry>;
  }
}
