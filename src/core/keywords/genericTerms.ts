/**
 * Nouns too generic to be a keyword on their own, though they head good phrases ("scheduling
 * problem", "language model", "information retrieval"). As stopwords they would cut those
 * phrases; dropped only as single-word candidates they stop being the top keyword of papers
 * that merely mention them, and stop becoming hubs of the keyword graph. Worth about 0.4 macro
 * F1@10 on Inspec. Lowercase surface forms.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  'analysis', 'application', 'applications', 'area', 'areas', 'aspect', 'aspects', 'capabilities',
  'class', 'concept', 'concepts', 'condition', 'conditions', 'construction', 'course', 'data',
  'definition', 'degree', 'degrees', 'effect', 'effects', 'end', 'estimate', 'evaluation', 'factor',
  'factors', 'field', 'focus', 'form', 'forms', 'framework', 'function', 'functions', 'groups',
  'idea', 'ideas', 'impact', 'information', 'issue', 'issues', 'level', 'levels', 'limitations',
  'line', 'manner', 'mechanism', 'mechanisms', 'model', 'models', 'note', 'number', 'objective',
  'problem', 'problems', 'process', 'processes', 'properties', 'property', 'purpose', 'quality',
  'question', 'questions', 'range', 'relationship', 'research', 'role', 'scheme', 'set', 'sets',
  'solution', 'solutions', 'step', 'steps', 'strategies', 'strategy', 'structure', 'system',
  'systems', 'task', 'tasks', 'technology', 'terms', 'time', 'tools', 'types', 'value', 'values',
  'year', 'years', 'days', 'method', 'methods', 'approach', 'approaches', 'technique',
  'techniques', 'result', 'results', 'performance', 'paper', 'work', 'state', 'detail', 'details',
  // Seen as hubs of the trending-papers map: words that say how, not what.
  'contrast', 'necessity', 'amount', 'amounts', 'goal', 'goals', 'success', 'samples',
  'struggle', 'struggles', 'limits', 'phenomenon', 'phenomena', 'ability', 'abilities', 'flexibility',
  'hand', 'advance', 'advances', 'advancement', 'advancements', 'advantage', 'advantages',
  'importance', 'components', 'component', 'efficiency', 'speed', 'improvement', 'improvements',
  // Seen as hubs of 10,000-20,000-paper maps of medical and Inspec abstracts: words of
  // reporting and measuring that head many papers' lists but name no topic.
  'group', 'report', 'reports', 'evidence', 'change', 'changes', 'difference', 'differences',
  'presence', 'possibility', 'type', 'development', 'comparison', 'order', 'cause', 'causes',
  'review', 'design', 'measurements', 'measurement', 'association', 'reduction', 'history',
  'combination', 'duration', 'series', 'relation', 'relations', 'variety', 'site', 'features',
  'feature', 'assessment', 'choice', 'benefit', 'benefits', 'influence', 'investigation',
  'implementation', 'observations', 'observation', 'support', 'characteristics', 'determination',
  'view', 'lack', 'phase', 'source', 'point', 'points', 'action', 'actions', 'tool', 'future',
  'interest', 'trend', 'trends', 'efforts', 'effort', 'account', 'extension', 'subset', 'practice',
  'events', 'instances', 'instance', 'integration', 'alternative', 'alternatives', 'project',
  'context', 'opportunity', 'opportunities', 'difficulties', 'difficulty', 'existence',
  'modification', 'modifications', 'principles', 'principle', 'equivalent', 'utility',
  'completion', 'members', 'characterization', 'adjunct', 'description', 'months', 'weeks',
  'hours', 'minutes', 'min', 'ibid', 'thanks', 'single', 'possibilities', 'consequence',
  'consequences', 'identification', 'investigations', 'characteristic', 'variation', 'variations',
  'increase', 'increases', 'decrease', 'decreases', 'times', 'cent', 'others', 'nature', 'extent',
  'period', 'periods', 'week', 'percent', 'pattern', 'patterns', 'mg', 'mm', 'kg', 'ml', 'cm',
  'innovation', 'innovations', 'building', 'practicality', 'popularity', 'gap', 'gaps', 'direction',
  'directions', 'setting', 'settings', 'evaluations', 'formulation',
]);
