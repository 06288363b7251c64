import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { Public } from '#platform';
import { DirectoryService } from './directory.service.js';
import { CountyDirectoryResponse, CategoriesResponse } from './directory.responses.js';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('api')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  /** Public: the online petition form needs the townships, villages and categories. */
  @Public()
  @Get('directory')
  @ApiOperation({ summary: '本县乡镇、村（社区）与承办单位' })
  @ApiOkResponse({ type: CountyDirectoryResponse })
  async directoryOfCounty() {
    return { countyName: await this.directory.countyName(), townships: await this.directory.townships(), units: await this.directory.units() };
  }

  @Public()
  @Get('categories')
  @ApiOperation({ summary: '信访事项分类' })
  @ApiOkResponse({ type: CategoriesResponse })
  async categories() {
    return { items: await this.directory.categories() };
  }
}
