import { describe, expect, it } from 'vitest';
import { manifestSummarySchema } from '../../../api/contract';
import { containersOf } from './containers';

/** A summary as the server sends it, read through the client's schema. */
const summary = (body: Record<string, unknown>) =>
  manifestSummarySchema.parse({ Kind: 'Pod', ...body });

describe('containersOf', () => {
  it('gives each container’s name and image from ContainerDetails, in order', () => {
    expect(
      containersOf(
        summary({
          Containers: ['queue-master', 'exporter'],
          ContainerDetails: [
            { Name: 'queue-master', Image: 'weaveworksdemos/queue-master:0.3.1' },
            { Name: 'exporter', Image: 'kbudde/rabbitmq-exporter:v1.0.0' },
          ],
        }),
      ),
    ).toEqual([
      { name: 'queue-master', image: 'weaveworksdemos/queue-master:0.3.1' },
      { name: 'exporter', image: 'kbudde/rabbitmq-exporter:v1.0.0' },
    ]);
  });

  it('keeps a container whose image the server left out, without one', () => {
    expect(
      containersOf(summary({ ContainerDetails: [{ Name: 'carts' }, { Name: 'db', Image: null }] })),
    ).toEqual([
      { name: 'carts', image: null },
      { name: 'db', image: null },
    ]);
  });

  it('falls back to the names alone from an older server’s Containers', () => {
    expect(containersOf(summary({ Containers: ['carts', 'sidecar'] }))).toEqual([
      { name: 'carts', image: null },
      { name: 'sidecar', image: null },
    ]);
    expect(containersOf(summary({ Containers: ['carts'], ContainerDetails: null }))).toEqual([
      { name: 'carts', image: null },
    ]);
  });

  it('has none for an object that is not a Pod, or without a summary', () => {
    expect(containersOf(summary({ Kind: 'Deployment' }))).toEqual([]);
    expect(containersOf(summary({ Containers: null, ContainerDetails: [] }))).toEqual([]);
    expect(containersOf(null)).toEqual([]);
  });
});
