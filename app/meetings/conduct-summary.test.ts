import { describe, expect, it } from 'vitest';
import { conductSummaryText } from './conduct-summary';

const none = { caseId: 'c', recentIncidents: 0, recentChannels: [], ordersInForce: 0, recentBreaches: 0, preservationDeadlinesNear: 0 };

describe('the course of conduct in one line', () => {
  it('says the incidents and their channels, breaches, orders in force and preservation deadlines near', () => {
    expect(conductSummaryText({ ...none, recentIncidents: 3, recentChannels: ['social_media', 'text_message'], ordersInForce: 1, recentBreaches: 1, preservationDeadlinesNear: 2 })).toBe(
      '3 incidents in the last 28 days (social media, text message); 1 breach of an order in the last 28 days; 1 order in force; 2 preservation deadlines near.',
    );
    expect(conductSummaryText({ ...none, recentIncidents: 1, recentChannels: ['email'], ordersInForce: 2 })).toBe('1 incident in the last 28 days (email); 2 orders in force.');
    expect(conductSummaryText(none)).toBe('No incidents in the last 28 days; no order in force.');
  });
});
