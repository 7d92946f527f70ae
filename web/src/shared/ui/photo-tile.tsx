import { Anchor, CloseButton, Image, Paper, Text } from '@mantine/core';

type Props = {
  /** The original, opened in a new tab. */
  href: string;
  /** The resized display copy. */
  src: string;
  name: string;
  /** The remove button, for those who may remove the photo. */
  remove: { onClick: () => void; disabled: boolean; label: string } | null;
  /** data-testid of the tile, its thumbnail and its remove button. */
  testIds: { tile: string; thumbnail: string; remove: string };
  dataFile?: number;
};

/** An uploaded photo as a thumbnail with its file name, opening the original; a remove cross in its corner. */
export function PhotoTile({ href, src, name, remove, testIds, dataFile }: Props) {
  return (
    <Paper withBorder p={4} pos="relative" data-testid={testIds.tile} data-file={dataFile}>
      <Anchor href={href} target="_blank" rel="noreferrer">
        <Image src={src} alt={name} h={110} fit="cover" radius="sm" data-testid={testIds.thumbnail} />
      </Anchor>
      <Text size="xs" truncate title={name} mt={2}>
        {name}
      </Text>
      {remove && (
        <CloseButton
          pos="absolute"
          top={6}
          right={6}
          size="sm"
          variant="white"
          onClick={remove.onClick}
          disabled={remove.disabled}
          aria-label={remove.label}
          data-testid={testIds.remove}
        />
      )}
    </Paper>
  );
}
